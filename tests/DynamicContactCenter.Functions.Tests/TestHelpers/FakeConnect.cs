using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DynamicContactCenter.Testing;
using Microsoft.AspNetCore.Http;

namespace DynamicContactCenter.Functions.Tests.TestHelpers;

/// <summary>
/// Amazon Connect's phone-number REST API on 127.0.0.1, as the API reference gives it: ListPhoneNumbersV2
/// (<c>POST /phone-number/list</c>), AssociatePhoneNumberContactFlow (<c>PUT /phone-number/{id}/contact-flow</c>) and
/// DisassociatePhoneNumberContactFlow (<c>DELETE /phone-number/{id}/contact-flow?instanceId=</c>), and for restoring a number's
/// earlier flow ListFlowAssociations (<c>GET /flow-associations-summary/{InstanceId}?ResourceType=VOICE_PHONE_NUMBER</c>) and the
/// tag calls on a number's ARN (<c>GET|POST|DELETE /tags/{resourceArn}</c>). Like AWS it refuses a request
/// whose SigV4 signature does not hold for <see cref="SecretKey"/> (recomputed by <see cref="SigV4Reference"/>, not by the
/// client's signer) and one whose shape is not the documented one; each refusal is also listed in <see cref="Problems"/>.
/// </summary>
internal sealed class FakeConnect : IDisposable
{
    public const string Region = "us-east-1";
    public const string InstanceId = "11111111-2222-3333-4444-555555555555";
    public const string InstanceArn = $"arn:aws:connect:{Region}:123456789012:instance/{InstanceId}";
    public const string InitFlowId = "99999999-0000-0000-0000-000000000001";
    public const string InitFlowArn = $"{InstanceArn}/contact-flow/{InitFlowId}";

    private readonly LoopbackHttpServer _server;
    private readonly Lock _lock = new();
    private readonly List<string> _problems = [];
    private readonly List<string> _calls = [];

    public FakeConnect(string secretKey)
    {
        SecretKey = secretKey;
        _server = new LoopbackHttpServer(AnswerAsync);
    }

    public string SecretKey { get; }

    public Uri Endpoint => _server.Url;

    /// <summary>The numbers claimed to the instance: E.164 → phone number id.</summary>
    public Dictionary<string, string> Claimed { get; } = new(StringComparer.Ordinal);

    /// <summary>Which flow each number points at (by phone number id); absent: none.</summary>
    public Dictionary<string, string> Flows { get; } = new(StringComparer.Ordinal);

    /// <summary>Flow ids that no longer exist: associating a number with one is answered 404 ResourceNotFoundException.</summary>
    public HashSet<string> DeletedFlows { get; } = new(StringComparer.Ordinal);

    /// <summary>Each number's tags (by phone number id).</summary>
    public Dictionary<string, Dictionary<string, string>> Tags { get; } = new(StringComparer.Ordinal);

    /// <summary>ListPhoneNumbersV2 answers at most this many numbers a page, whatever MaxResults asks (to make the client page).</summary>
    public int PageSize { get; set; } = 2;

    /// <summary>When set, every call of this operation is answered with <see cref="FailStatus"/> and <see cref="FailType"/>.</summary>
    public string? FailOperation { get; set; }

    /// <summary>How many calls of <see cref="FailOperation"/> succeed before the failures start.</summary>
    public int FailAfter { get; set; }

    public int FailStatus { get; set; } = 429;

    public string FailType { get; set; } = "ThrottlingException";

    /// <summary>Operation names in the order they arrived.</summary>
    public IReadOnlyList<string> Calls
    {
        get
        {
            lock (_lock)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>Every request that was not what AWS documents (a signature that does not hold, a wrong shape).</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_lock)
            {
                return [.. _problems];
            }
        }
    }

    public string Claim(string number)
    {
        var id = $"{Claimed.Count + 1:D8}-aaaa-bbbb-cccc-{number.TrimStart('+').PadLeft(12, '0')[^12..]}";
        Claimed[number] = id;
        return id;
    }

    public string? FlowOf(string number) => Claimed.TryGetValue(number, out var id) && Flows.TryGetValue(id, out var flow) ? flow : null;

    /// <summary>Points <paramref name="number"/> at <paramref name="flowId"/> (as a person in the console would).</summary>
    public void PointAt(string number, string flowId) => Flows[Claimed[number]] = flowId;

    public IReadOnlyDictionary<string, string> TagsOf(string number) =>
        Claimed.TryGetValue(number, out var id) && Tags.TryGetValue(id, out var tags) ? tags : new Dictionary<string, string>();

    public void Dispose() => _server.Dispose();

    private async Task AnswerAsync(LoopbackRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var operation = Operation(request);
        lock (_lock)
        {
            _calls.Add(operation);
        }

        if (SignatureProblem(request) is { } signature)
        {
            await ErrorAsync(response, 403, "InvalidSignatureException", signature, cancellationToken);
            return;
        }

        if (operation == FailOperation && Calls.Count(c => c == operation) > FailAfter)
        {
            await ErrorAsync(response, FailStatus, FailType, "Rate exceeded", cancellationToken, record: false);
            return;
        }

        switch (operation)
        {
            case "ListPhoneNumbersV2":
                await ListAsync(request, response, cancellationToken);
                return;
            case "AssociatePhoneNumberContactFlow":
            case "DisassociatePhoneNumberContactFlow":
                await AssociationAsync(operation, request, response, cancellationToken);
                return;
            case "ListFlowAssociations":
                await FakeConnectFlowAssociations.ListAsync(this, request, response, cancellationToken);
                return;
            case "ListTagsForResource":
            case "TagResource":
            case "UntagResource":
                await FakeConnectFlowAssociations.TagsAsync(this, operation, request, response, cancellationToken);
                return;
            default:
                await ErrorAsync(response, 404, "UnknownOperationException", $"{request.Method} {request.Path} is not a phone-number operation", cancellationToken);
                return;
        }
    }

    private static string Operation(LoopbackRequest request) => (request.Method, request.Path) switch
    {
        ("POST", "/phone-number/list") => "ListPhoneNumbersV2",
        ("PUT", var path) when path.StartsWith("/phone-number/", StringComparison.Ordinal) && path.EndsWith("/contact-flow", StringComparison.Ordinal) => "AssociatePhoneNumberContactFlow",
        ("DELETE", var path) when path.StartsWith("/phone-number/", StringComparison.Ordinal) && path.EndsWith("/contact-flow", StringComparison.Ordinal) => "DisassociatePhoneNumberContactFlow",
        ("GET", var path) when path.StartsWith("/flow-associations-summary/", StringComparison.Ordinal) => "ListFlowAssociations",
        ("GET", var path) when path.StartsWith("/tags/", StringComparison.Ordinal) => "ListTagsForResource",
        ("POST", var path) when path.StartsWith("/tags/", StringComparison.Ordinal) => "TagResource",
        ("DELETE", var path) when path.StartsWith("/tags/", StringComparison.Ordinal) => "UntagResource",
        _ => $"{request.Method} {request.Path}",
    };

    private async Task ListAsync(LoopbackRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        if (Body(request, ["TargetArn", "MaxResults", "NextToken", "InstanceId", "PhoneNumberCountryCodes", "PhoneNumberTypes", "PhoneNumberPrefix"]) is not { } body
            || (string?)body["TargetArn"] != InstanceArn
            || body["MaxResults"] is not JsonValue max || max.GetValue<int>() is < 1 or > 1000)
        {
            await ErrorAsync(response, 400, "InvalidParameterException", "expected {TargetArn: the instance ARN, MaxResults: 1-1000, NextToken?}", cancellationToken);
            return;
        }

        var start = body["NextToken"] is JsonValue token ? int.Parse((string)token!, CultureInfo.InvariantCulture) : 0;
        var all = Claimed.OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
        var page = all.Skip(start).Take(Math.Min(PageSize, max.GetValue<int>())).Select(c => new JsonObject
        {
            ["PhoneNumberId"] = c.Value,
            ["PhoneNumberArn"] = $"arn:aws:connect:{Region}:123456789012:phone-number/{c.Value}",
            ["PhoneNumber"] = c.Key,
            ["PhoneNumberCountryCode"] = "US",
            ["PhoneNumberType"] = "DID",
            ["TargetArn"] = InstanceArn,
            ["InstanceId"] = InstanceId,
        });
        var answer = new JsonObject { ["ListPhoneNumbersSummaryList"] = new JsonArray([.. page]) };
        if (start + PageSize < all.Count)
        {
            answer["NextToken"] = (start + PageSize).ToString(CultureInfo.InvariantCulture);
        }

        response.ContentType = "application/json";
        await response.WriteAsync(answer.ToJsonString(), cancellationToken);
    }

    private async Task AssociationAsync(string operation, LoopbackRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var id = request.Path["/phone-number/".Length..^"/contact-flow".Length];
        string? flow = null;
        if (operation == "AssociatePhoneNumberContactFlow")
        {
            if (Body(request, ["ContactFlowId", "InstanceId"]) is not { } body || (string?)body["InstanceId"] != InstanceId || body["ContactFlowId"] is not JsonValue flowId)
            {
                await ErrorAsync(response, 400, "InvalidParameterException", "expected {ContactFlowId, InstanceId: the instance id}", cancellationToken);
                return;
            }

            flow = (string)flowId!;
        }
        else if (request.Body.Length > 0 || request.Query != $"instanceId={InstanceId}")
        {
            await ErrorAsync(response, 400, "InvalidParameterException", "expected no body and ?instanceId=the instance id", cancellationToken);
            return;
        }

        if (!Claimed.ContainsValue(id) || (flow is null && !Flows.ContainsKey(id)) || (flow is not null && DeletedFlows.Contains(flow)))
        {
            await ErrorAsync(response, 404, "ResourceNotFoundException", $"phone number {id} has no such resource", cancellationToken, record: false);
            return;
        }

        if (flow is null)
        {
            Flows.Remove(id);
        }
        else
        {
            Flows[id] = flow;
        }

        response.StatusCode = 200;
    }

    internal static JsonObject? Body(LoopbackRequest request, string[] allowed)
    {
        try
        {
            if (request.Header("content-type") != "application/json" || JsonNode.Parse(request.Body) is not JsonObject body)
            {
                return null;
            }

            return body.Select(p => p.Key).All(allowed.Contains) ? body : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private string? SignatureProblem(LoopbackRequest request)
    {
        if (SigV4Reference.Parse(request.Header("authorization")) is not { } parts || request.Header("x-amz-date") is not { } amzDate)
        {
            return "no SigV4 Authorization or X-Amz-Date header";
        }

        if (parts.Region != Region || parts.Service != "connect")
        {
            return $"signed for {parts.Region}/{parts.Service}; expected {Region}/connect";
        }

        var signed = parts.SignedHeaders.Split(';').Select(name => new KeyValuePair<string, string>(name, request.Header(name) ?? ""));
        // AWS's rule for every service but S3: each path segment (decoded) is URI-encoded twice in the canonical request, so the
        // ARN segment of /tags/{resourceArn} is signed as arn%253Aaws%253A...%252Fphone-number%252F...; ids are the same either
        // way. Decoded first because the server shows a path re-escaped its own way (':' left bare).
        var canonicalPath = string.Join('/', request.Path.Split('/').Select(segment => Uri.EscapeDataString(Uri.EscapeDataString(Uri.UnescapeDataString(segment)))));
        var expected = SigV4Reference.Sign(SecretKey, amzDate, parts.Region, parts.Service, request.Method, canonicalPath, request.Query, signed, request.Body, out _);
        return expected == parts.Signature ? null : "The request signature we calculated does not match the signature you provided.";
    }

    internal async Task ErrorAsync(HttpResponse response, int status, string type, string message, CancellationToken cancellationToken, bool record = true)
    {
        if (record)
        {
            lock (_lock)
            {
                _problems.Add($"{type}: {message}");
            }
        }

        response.StatusCode = status;
        response.ContentType = "application/json";
        response.Headers["x-amzn-ErrorType"] = type;
        await response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, string> { ["message"] = message }), cancellationToken);
    }
}
