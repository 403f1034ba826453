using DynamicContactCenter.Routing.Diagnostics;
using System.Collections.Immutable;
using System.Net;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;

namespace DynamicContactCenter.Storage.CloudFormation;

/// <summary>Reads a stack's status and outputs with CloudFormation's DescribeStacks.</summary>
/// <remarks>
/// Hand-written because the package registry this project builds from does not serve AWSSDK.CloudFormation, and one
/// read-only call is small: the Query API is a form POST answered with XML. Signing is AWSSDK.Core's public SigV4
/// signer (<see cref="AWSSigV4Signer"/>), so credentials come from the same chain and profiles as the DynamoDB client's.
/// There is no retry: a person runs the command and can run it again; the caller's <see cref="HttpClient.Timeout"/> bounds it.
/// </remarks>
public sealed class CloudFormationStackClient
{
    /// <summary>The signing name of the service, the third part of the credential scope.</summary>
    public const string ServiceName = "cloudformation";

    /// <summary>The Query API version every request names.</summary>
    public const string ApiVersion = "2010-05-15";

    /// <summary>The content type of the request body (what the AWS CLI sends).</summary>
    public const string FormContentType = "application/x-www-form-urlencoded; charset=utf-8";

    private readonly HttpClient _http;
    private readonly AWSCredentials _credentials;
    private readonly TimeProvider _timeProvider;

    /// <summary>A client for <paramref name="region"/>, at <paramref name="endpoint"/> or else the region's public endpoint.</summary>
    /// <param name="http">Sends the requests; the caller owns it and sets its timeout.</param>
    /// <param name="credentials">Signs the requests (e.g. the SDK's default chain, or a profile's).</param>
    /// <param name="region">The region of the stack; also the signing region.</param>
    /// <param name="endpoint">An endpoint override (e.g. a local server); null for <see cref="DefaultEndpoint"/>.</param>
    /// <param name="timeProvider">The clock the signature is dated by; null for the system clock.</param>
    public CloudFormationStackClient(HttpClient http, AWSCredentials credentials, string region, Uri? endpoint = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        _http = http;
        _credentials = credentials;
        Region = region;
        Endpoint = endpoint ?? DefaultEndpoint(region);
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The region requests are signed for.</summary>
    public string Region { get; }

    /// <summary>Where requests go.</summary>
    public Uri Endpoint { get; }

    /// <summary>CloudFormation's public endpoint in <paramref name="region"/>, e.g. https://cloudformation.eu-west-1.amazonaws.com/.</summary>
    public static Uri DefaultEndpoint(string region) =>
        new($"https://{ServiceName}.{region}.{RegionEndpoint.GetBySystemName(region).PartitionDnsSuffix}/");

    /// <summary>The status and outputs of <paramref name="stackName"/> (a name or a stack ARN), or one DCC15xx error naming the
    /// stack, region and endpoint.</summary>
    /// <remarks>The errors carry no location: the stack is not a file, and the message already names the stack, the region
    /// and the endpoint, which is everything a person needs to find it.</remarks>
    public async Task<Result<StackOutputs>> DescribeOutputsAsync(string stackName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stackName);
        var body = Encoding.UTF8.GetBytes($"Action=DescribeStacks&StackName={Uri.EscapeDataString(stackName)}&Version={ApiVersion}");
        var signing = new AWSSigningRequest { HttpMethod = HttpMethod.Post, RequestUri = Endpoint, Content = body };
        signing.Headers["Content-Type"] = FormContentType;
        AWSSigningResult signed;
        try
        {
            signed = await AWSSigV4Signer.SignAsync(signing, new AWSSigV4Parameters
            {
                Credentials = _credentials,
                Region = RegionEndpoint.GetBySystemName(Region),
                Service = ServiceName,
                SignPayload = true,
                SignedAt = _timeProvider.GetUtcNow().UtcDateTime,
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonClientException e)
        {
            return Fail(CloudFormationMessages.NoCredentials, stackName, Region, e.Message);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", FormContentType);
        foreach (var (name, value) in signed.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        HttpStatusCode status;
        string text;
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            status = response.StatusCode;
            text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            return Fail(CloudFormationMessages.Unreachable, stackName, Region, Endpoint, e.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail(CloudFormationMessages.Unreachable, stackName, Region, Endpoint, $"no answer within {_http.Timeout.TotalSeconds:0.#} s");
        }

        return Read(stackName, (int)status, status, text);
    }

    private Result<StackOutputs> Read(string stackName, int statusCode, HttpStatusCode status, string text)
    {
        XElement root;
        try
        {
            // No DTDs and no resolver: the answer comes over the network.
            using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            root = XDocument.Load(reader).Root!;
        }
        catch (XmlException e)
        {
            return statusCode is >= 200 and < 300
                ? Fail(CloudFormationMessages.MalformedResponse, stackName, Region, Endpoint, e.Message)
                : Fail(CloudFormationMessages.RequestFailed, stackName, Region, Endpoint, statusCode, status, Shorten(text));
        }

        if (statusCode is < 200 or >= 300)
        {
            var error = Child(root, "Error");
            var code = Child(error, "Code")?.Value ?? "(no code)";
            var message = Child(error, "Message")?.Value ?? Shorten(text);
            return code == "ValidationError" && message.Contains("does not exist", StringComparison.Ordinal)
                ? Fail(CloudFormationMessages.StackNotFound, stackName, Region, Endpoint, message)
                : Fail(CloudFormationMessages.RequestFailed, stackName, Region, Endpoint, statusCode, status, $"{code}: {message}");
        }

        var stack = Child(Child(Child(root, "DescribeStacksResult"), "Stacks"), "member");
        if (stack is null)
        {
            return Fail(CloudFormationMessages.MalformedResponse, stackName, Region, Endpoint, "no DescribeStacksResult/Stacks/member element");
        }

        var outputs = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var output in Child(stack, "Outputs")?.Elements().Where(e => e.Name.LocalName == "member") ?? [])
        {
            if (Child(output, "OutputKey")?.Value is { } key)
            {
                outputs[key] = Child(output, "OutputValue")?.Value ?? "";
            }
        }

        return new(new StackOutputs(Child(stack, "StackStatus")?.Value ?? "unknown", outputs.ToImmutable()), []);
    }

    // By local name: the answer's elements are in the API's XML namespace, which is not worth pinning here.
    private static XElement? Child(XElement? parent, string name) => parent?.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static string Shorten(string text) => text.Length <= 300 ? text.Trim() : text[..300].Trim() + "...";

    private static Result<StackOutputs> Fail(DiagnosticDescriptor descriptor, params object?[] args) =>
        new(null, [descriptor.At(DiagnosticLocation.None, Severity.Error, args)]);
}
