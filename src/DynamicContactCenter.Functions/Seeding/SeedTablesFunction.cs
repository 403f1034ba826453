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
internal sealed class SeedTablesFunction(IRoutingWriter? target, HttpClient? httpClient, TimeProvider timeProvider, TimeSpan margin, ResponseUrlPolicy policy) : IFunction
{
    /// <summary>Time kept after the answer's PUT gives up, to report this invocation's own result before the deadline.</summary>
    private static readonly TimeSpan ReportReserve = TimeSpan.FromMilliseconds(500);

    // Redirects are not followed: the answer goes to the pre-signed URL CloudFormation named and nowhere else.
    private static readonly Lazy<HttpClient> SharedClient = new(() => new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false })
    {
        Timeout = Timeout.InfiniteTimeSpan, // each PUT has its own budget (PutAsync)
    });

    public async Task<FunctionResult> InvokeAsync(ReadOnlyMemory<byte> eventJson, FunctionCall call, CancellationToken cancellationToken)
    {
        var request = CustomResourceRequest.TryParse(eventJson, out var parseError);
        Uri? responseUrl = null;
        var unusable = parseError
            ?? (request?.ResponseUrl is not { } responseUrlText ? "ResponseURL is missing"
            : !Uri.TryCreate(responseUrlText, UriKind.Absolute, out responseUrl) ? "the ResponseURL is not an absolute URL"
            : policy.Refusal(responseUrl));
        if (unusable is not null || request is null || responseUrl is null)
        {
            return Fail(ErrorTypes.CustomResourceResponseFailed, FunctionMessages.NoResponseUrl.Code, FunctionMessages.NoResponseUrl.Format, unusable ?? "ResponseURL is missing");
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
        }.Where(f => f.Value is null).Select(f => Format(FunctionMessages.RequestMissingField.Code, FunctionMessages.RequestMissingField.Format, f.Name)).ToList();
        if (missing.Count > 0)
        {
            return (CustomResourceResponse.Failed, string.Join(" ", missing));
        }

        using var workTimer = new CancellationTokenSource(WorkBudget(call), timeProvider);
        using var work = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, workTimer.Token);
        try
        {
            return request.RequestType switch
            {
                CustomResourceRequest.Create or CustomResourceRequest.Update => await WriteAsync(request, physicalId, work.Token),
                CustomResourceRequest.Delete => await DeleteAsync(physicalId, work.Token),
                _ => (CustomResourceResponse.Failed, Format(FunctionMessages.BadRequestType.Code, FunctionMessages.BadRequestType.Format, request.RequestType!)),
            };
        }
        catch (RoutingStoreException exception)
        {
            return (CustomResourceResponse.Failed, Format(FunctionMessages.SeedStoreFailed.Code, FunctionMessages.SeedStoreFailed.Format, exception.Message));
        }
        catch (OperationCanceledException) when (work.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return (CustomResourceResponse.Failed, Format(FunctionMessages.SeedTimedOut.Code, FunctionMessages.SeedTimedOut.Format, margin.TotalMilliseconds));
        }
#pragma warning disable CA1031 // Even a bug must become a FAILED answer: an unanswered custom resource holds the stack for an hour.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return (CustomResourceResponse.Failed, Format(FunctionMessages.SeedUnexpected.Code, FunctionMessages.SeedUnexpected.Format, exception.GetType().Name, exception.Message));
        }
    }

    private async Task<(string, string?)> WriteAsync(CustomResourceRequest request, string physicalId, CancellationToken cancellationToken)
    {
        // Reading the properties parses a caller's YAML (RoutingYaml), which no parser lets us cancel: it runs on the pool and
        // the invocation waits for it only within its budget, so a pathological document still gets a FAILED answer in time.
        // The parse itself runs on until it ends; the YAML reader's own size and alias limits bound that.
        var (data, invalid) = await Task.Run(() => ReadTenant(request), cancellationToken).WaitAsync(cancellationToken);
        if (data is null)
        {
            return (CustomResourceResponse.Failed, invalid);
        }

        if (target is null)
        {
            return (CustomResourceResponse.Failed, Format(FunctionMessages.NoWriter.Code, FunctionMessages.NoWriter.Format));
        }

        await target.WriteAsync(data, physicalId, cancellationToken);
        if (request.RequestType == CustomResourceRequest.Update)
        {
            // Then remove what this resource wrote before and no longer writes (rows still as it wrote them).
            await target.DeleteOwnedAsync(physicalId, keep: RoutingKeys.Of(data), cancellationToken);
        }

        return (CustomResourceResponse.Success, null);
    }

    /// <summary>The tenant the properties describe, validated; or why there is none.</summary>
    private static (RoutingData? Data, string? Invalid) ReadTenant(CustomResourceRequest request)
    {
        var properties = SeedProperties.Read(request.ResourceProperties, out var propertyErrors);
        if (properties is null)
        {
            return (null, string.Join(" ", propertyErrors));
        }

        var template = SeedTemplate.LoadLanguages(properties.RoutingYaml);
        if (!template.Succeeded)
        {
            return (null, Format(FunctionMessages.RoutingYamlInvalid.Code, FunctionMessages.RoutingYamlInvalid.Format,
                string.Join(" ", template.Errors.Select(e => e.ToString()))));
        }

        var data = SeedTemplate.Build(properties, template.Data);
        var findings = RoutingValidator.Validate(data, "ResourceProperties").Where(d => d.IsError).ToList();
        return findings.Count > 0
            ? (null, Format(FunctionMessages.SeedValidationFailed.Code, FunctionMessages.SeedValidationFailed.Format, string.Join(" ", findings.Select(f => f.ToString()))))
            : (data, null);
    }

    private async Task<(string, string?)> DeleteAsync(string physicalId, CancellationToken cancellationToken)
    {
        // The Create failed: the rollback's Delete must not touch rows (they may be the live instance's, see SeedPhysicalId).
        // Without tables no Create of this function can have succeeded either, so there is nothing to delete: answering
        // FAILED would only leave the stack in DELETE_FAILED.
        if (SeedPhysicalId.IsNeverCreated(physicalId) || target is null)
        {
            return (CustomResourceResponse.Success, null);
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

        // The answer has the margin the work left it, and gives up in time to report this invocation before the deadline:
        // a ResponseURL that never answers must not hold the function until Lambda kills it.
        var budget = margin;
        if (call.Deadline != DateTimeOffset.MaxValue && Remaining(call.Deadline) - ReportReserve is var left && left < budget)
        {
            budget = left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }

        using var timer = new CancellationTokenSource(budget, timeProvider);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            using var response = await (httpClient ?? SharedClient.Value).SendAsync(request, timeout.Token);
            return response.IsSuccessStatusCode
                ? null
                : FunctionFailure.Create(ErrorTypes.CustomResourceResponseFailed, FunctionMessages.ResponseUrlRefused.Code, FunctionMessages.ResponseUrlRefused.Format,
                    status, (int)response.StatusCode, response.ReasonPhrase ?? response.StatusCode.ToString());
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return FunctionFailure.Create(ErrorTypes.CustomResourceResponseFailed, FunctionMessages.ResponseUrlTimedOut.Code, FunctionMessages.ResponseUrlTimedOut.Format,
                status, budget.TotalMilliseconds);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return FunctionFailure.Create(ErrorTypes.CustomResourceResponseFailed, FunctionMessages.ResponseUrlFailed.Code, FunctionMessages.ResponseUrlFailed.Format,
                status, exception.Message);
        }
    }

    /// <summary>How long the work may run: until the margin before the deadline (on the injected clock, a test's fake one too).</summary>
    private TimeSpan WorkBudget(FunctionCall call)
    {
        if (call.Deadline == DateTimeOffset.MaxValue)
        {
            return Timeout.InfiniteTimeSpan;
        }

        var budget = Remaining(call.Deadline) - margin;
        return budget > TimeSpan.Zero ? budget : TimeSpan.Zero;
    }

    private TimeSpan Remaining(DateTimeOffset deadline)
    {
        var remaining = deadline - timeProvider.GetUtcNow();
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
    }

    private static string FailureCode(string? reason) =>
        reason is { Length: >= 7 } && reason.StartsWith("DCC", StringComparison.Ordinal) ? reason[..7] : FunctionMessages.RequestMissingField.Code;

    private static FunctionResult Fail(string errorType, string code, string format, params object[] args) =>
        FunctionResult.Fail(FunctionFailure.Create(errorType, code, format, args), null);

    private static string Format(string code, string format, params object[] args) => FunctionMessages.Format(code, format, args);
}
