using DynamicContactCenter.Storage;
using System.Text;
using DynamicContactCenter.Functions.Events;
using DynamicContactCenter.Functions.Handlers;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Routing.Validation;

namespace DynamicContactCenter.Functions.Seeding;

/// <summary>
/// SeedTables, the CloudFormation custom resource that writes the routing tables. It ALWAYS answers the ResponseURL (SUCCESS or
/// FAILED with the reason), also for a malformed request or a failing store, and leaves <see cref="FunctionHostOptions.CustomResourceMargin"/>
/// before the deadline to do so: a custom resource that never answers holds the stack for up to an hour.
/// </summary>
/// <remarks>
/// Create/Update validate the whole tenant BEFORE writing anything, and mark each row with the PhysicalResourceId
/// (<see cref="SeedPhysicalId"/>). Update also deletes rows this resource wrote before that the new properties do not name.
/// Delete removes only rows this resource wrote that still hold what it wrote (never rows a replacement or <c>dcc config
/// apply</c> wrote since), whatever its properties say; a Delete of a resource whose Create failed is a no-op.
/// </remarks>
internal sealed class SeedTablesFunction(IRoutingWriter? target, HttpClient? httpClient, TimeProvider timeProvider, TimeSpan margin) : IFunction
{
    private static readonly Lazy<HttpClient> SharedClient = new(() => new HttpClient(new SocketsHttpHandler { UseProxy = false }));

    public async Task<FunctionResult> InvokeAsync(ReadOnlyMemory<byte> eventJson, FunctionCall call, CancellationToken cancellationToken)
    {
        var request = CustomResourceRequest.TryParse(eventJson, out var parseError);
        if (request?.ResponseUrl is not { } responseUrlText
            || !Uri.TryCreate(responseUrlText, UriKind.Absolute, out var responseUrl)
            || responseUrl.Scheme is not ("http" or "https"))
        {
            var why = parseError ?? (request?.ResponseUrl is null ? "ResponseURL is missing" : $"ResponseURL '{request.ResponseUrl}' is not an http(s) URL");
            return Fail(ErrorTypes.CustomResourceResponseFailed, FunctionMessages.NoResponseUrlCode, FunctionMessages.NoResponseUrl, why);
        }

        var physicalId = request.PhysicalResourceId ?? SeedPhysicalId.ForCreate(request);
        var (status, reason) = await ExecuteAsync(request, physicalId, call, cancellationToken);
        if (request.PhysicalResourceId is null && status == CustomResourceResponse.Failed)
        {
            physicalId = SeedPhysicalId.NeverCreated(physicalId);
        }

        var response = new CustomResourceResponse(status, reason, physicalId, request.StackId, request.RequestId, request.LogicalResourceId);
        var body = response.ToJson();

        var delivery = await PutAsync(responseUrl, body, status, call, cancellationToken);
        if (delivery is not null)
        {
            return FunctionResult.Fail(delivery, null);
        }

        return status == CustomResourceResponse.Success
            ? FunctionResult.Success(Encoding.UTF8.GetString(body), null)
            : FunctionResult.Fail(new FunctionFailure(ErrorTypes.CustomResourceFailed, FailureCode(reason), "FAILED sent to CloudFormation: " + reason), null);
    }

    private async Task<(string Status, string? Reason)> ExecuteAsync(CustomResourceRequest request, string physicalId, FunctionCall call, CancellationToken cancellationToken)
    {
        var missing = new (string Name, string? Value)[]
        {
            ("RequestType", request.RequestType), ("StackId", request.StackId), ("RequestId", request.RequestId), ("LogicalResourceId", request.LogicalResourceId),
        }.Where(f => f.Value is null).Select(f => Format(FunctionMessages.RequestMissingFieldCode, FunctionMessages.RequestMissingField, f.Name)).ToList();
        if (missing.Count > 0)
        {
            return (CustomResourceResponse.Failed, string.Join(" ", missing));
        }

        using var work = WorkToken(call, cancellationToken);
        try
        {
            return request.RequestType switch
            {
                CustomResourceRequest.Create or CustomResourceRequest.Update => await WriteAsync(request, physicalId, work.Token),
                CustomResourceRequest.Delete => await DeleteAsync(physicalId, work.Token),
                _ => (CustomResourceResponse.Failed, Format(FunctionMessages.BadRequestTypeCode, FunctionMessages.BadRequestType, request.RequestType!)),
            };
        }
        catch (RoutingStoreException exception)
        {
            return (CustomResourceResponse.Failed, Format(FunctionMessages.SeedStoreFailedCode, FunctionMessages.SeedStoreFailed, exception.Message));
        }
        catch (OperationCanceledException) when (work.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return (CustomResourceResponse.Failed, Format(FunctionMessages.SeedTimedOutCode, FunctionMessages.SeedTimedOut, margin.TotalMilliseconds));
        }
#pragma warning disable CA1031 // Even a bug must become a FAILED answer: an unanswered custom resource holds the stack for an hour.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return (CustomResourceResponse.Failed, Format(FunctionMessages.SeedUnexpectedCode, FunctionMessages.SeedUnexpected, exception.GetType().Name, exception.Message));
        }
    }

    private async Task<(string, string?)> WriteAsync(CustomResourceRequest request, string physicalId, CancellationToken cancellationToken)
    {
        var properties = SeedProperties.Read(request.ResourceProperties, out var propertyErrors);
        if (properties is null)
        {
            return (CustomResourceResponse.Failed, string.Join(" ", propertyErrors));
        }

        var template = SeedTemplate.LoadLanguages(properties.RoutingYaml);
        if (!template.Succeeded)
        {
            return (CustomResourceResponse.Failed, Format(FunctionMessages.RoutingYamlInvalidCode, FunctionMessages.RoutingYamlInvalid,
                string.Join(" ", template.Errors.Select(e => e.ToString()))));
        }

        var data = SeedTemplate.Build(properties, template.Data);
        var findings = RoutingValidator.Validate(data, "ResourceProperties").Where(d => d.IsError).ToList();
        if (findings.Count > 0)
        {
            return (CustomResourceResponse.Failed, Format(FunctionMessages.SeedValidationFailedCode, FunctionMessages.SeedValidationFailed,
                string.Join(" ", findings.Select(f => f.ToString()))));
        }

        if (target is null)
        {
            return (CustomResourceResponse.Failed, Format(FunctionMessages.NoWriterCode, FunctionMessages.NoWriter));
        }

        await target.WriteAsync(data, physicalId, cancellationToken);
        if (request.RequestType == CustomResourceRequest.Update)
        {
            // Then remove what this resource wrote before and no longer writes (rows still as it wrote them).
            await target.DeleteOwnedAsync(physicalId, keep: RoutingKeys.Of(data), cancellationToken);
        }

        return (CustomResourceResponse.Success, null);
    }

    private async Task<(string, string?)> DeleteAsync(string physicalId, CancellationToken cancellationToken)
    {
        if (SeedPhysicalId.IsNeverCreated(physicalId))
        {
            // The Create failed: the rollback's Delete must not touch rows (they may be the live instance's, see SeedPhysicalId).
            return (CustomResourceResponse.Success, null);
        }

        if (target is null)
        {
            return (CustomResourceResponse.Failed, Format(FunctionMessages.NoWriterCode, FunctionMessages.NoWriter));
        }

        await target.DeleteOwnedAsync(physicalId, keep: RoutingKeys.Empty, cancellationToken);
        return (CustomResourceResponse.Success, null);
    }

    private async Task<FunctionFailure?> PutAsync(Uri responseUrl, byte[] body, string status, FunctionCall call, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        // CloudFormation's pre-signed S3 URL is signed without a content type: send an empty one, as AWS's cfn-response does.
        content.Headers.TryAddWithoutValidation("Content-Type", "");
        content.Headers.ContentLength = body.Length;
        using var request = new HttpRequestMessage(HttpMethod.Put, responseUrl) { Content = content };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (call.Deadline != DateTimeOffset.MaxValue)
        {
            timeout.CancelAfter(Remaining(call.Deadline));
        }

        try
        {
            using var response = await (httpClient ?? SharedClient.Value).SendAsync(request, timeout.Token);
            return response.IsSuccessStatusCode
                ? null
                : FunctionFailure.Create(ErrorTypes.CustomResourceResponseFailed, FunctionMessages.ResponseUrlRefusedCode, FunctionMessages.ResponseUrlRefused,
                    status, (int)response.StatusCode, response.ReasonPhrase ?? response.StatusCode.ToString());
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return FunctionFailure.Create(ErrorTypes.CustomResourceResponseFailed, FunctionMessages.ResponseUrlFailedCode, FunctionMessages.ResponseUrlFailed,
                status, exception.Message);
        }
    }

    private CancellationTokenSource WorkToken(FunctionCall call, CancellationToken cancellationToken)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (call.Deadline != DateTimeOffset.MaxValue)
        {
            var budget = Remaining(call.Deadline) - margin;
            source.CancelAfter(budget > TimeSpan.Zero ? budget : TimeSpan.Zero);
        }

        return source;
    }

    private TimeSpan Remaining(DateTimeOffset deadline)
    {
        var remaining = deadline - timeProvider.GetUtcNow();
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
    }

    private static string FailureCode(string? reason) =>
        reason is { Length: >= 7 } && reason.StartsWith("DCC", StringComparison.Ordinal) ? reason[..7] : FunctionMessages.RequestMissingFieldCode;

    private static FunctionResult Fail(string errorType, string code, string format, params object[] args) =>
        FunctionResult.Fail(FunctionFailure.Create(errorType, code, format, args), null);

    private static string Format(string code, string format, params object[] args) => FunctionMessages.Format(code, format, args);
}
