using DynamicContactCenter.Storage;
using DynamicContactCenter.Functions.Events;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;

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
/// The parts: <see cref="SeedPlan"/> reads and validates what a request asks for, this class does it within the work budget,
/// and <see cref="SeedResponder"/> delivers the answer to the ResponseURL within the margin.
/// </remarks>
internal sealed class SeedTablesFunction(IRoutingWriter? target, HttpClient? httpClient, TimeProvider timeProvider, TimeSpan margin, ResponseUrlPolicy policy) : IFunction
{
    private static readonly CustomResourceFailures Failures = new(
        exception => exception is RoutingStoreException ? FunctionMessages.SeedStoreFailed.CodedMessage(exception.Message) : null,
        FunctionMessages.SeedTimedOut,
        FunctionMessages.SeedUnexpected);

    private readonly SeedResponder _responder = new(httpClient, timeProvider, margin);

    public async Task<FunctionResult> InvokeAsync(ReadOnlyMemory<byte> eventJson, FunctionCall call, CancellationToken cancellationToken)
    {
        var (request, responseUrl, unusable) = CustomResourceExchange.Open(eventJson, policy);
        if (request is null || responseUrl is null)
        {
            return CustomResourceExchange.Unanswerable(unusable!);
        }

        var physicalId = request.PhysicalResourceId ?? SeedPhysicalId.ForCreate(request);
        var (status, reason) = await ExecuteAsync(request, physicalId, call, cancellationToken);
        if (request.PhysicalResourceId is null && status == CustomResourceResponse.Failed)
        {
            physicalId = SeedPhysicalId.NeverCreated(physicalId);
        }

        return await CustomResourceExchange.AnswerAsync(_responder, request, responseUrl, status, reason, physicalId, call, cancellationToken);
    }

    private Task<(string Status, string? Reason)> ExecuteAsync(CustomResourceRequest request, string physicalId, FunctionCall call, CancellationToken cancellationToken) =>
        CustomResourceExchange.RunAsync(request, call, timeProvider, margin,
            token => WriteAsync(request, physicalId, call, token),
            token => DeleteAsync(physicalId, token),
            Failures,
            cancellationToken);

    private async Task<(string, string?)> WriteAsync(CustomResourceRequest request, string physicalId, FunctionCall call, CancellationToken cancellationToken)
    {
        // Reading the properties parses a caller's YAML (RoutingYaml), which no parser lets us cancel: it runs on the pool and
        // the invocation waits for it only within its budget, so a pathological document still gets a FAILED answer in time.
        // The parse itself runs on until it ends; the YAML reader's own size and alias limits bound that.
        var (data, invalid) = await Task.Run(() => SeedPlan.ReadTenant(request), cancellationToken).WaitAsync(cancellationToken);
        if (data is null)
        {
            return (CustomResourceResponse.Failed, invalid);
        }

        if (target is null)
        {
            return (CustomResourceResponse.Failed, FunctionMessages.NoWriter.CodedMessage());
        }

        var written = await target.WriteAsync(data, physicalId, cancellationToken);
        if (request.RequestType == CustomResourceRequest.Update)
        {
            // Then remove what this resource wrote before and no longer writes (rows still as it wrote them).
            await target.DeleteOwnedAsync(physicalId, keep: RoutingKeys.Of(data), cancellationToken);
        }

        // A row a team changed is kept, never silently: SUCCESS says which (SeedKeptRows).
        return (CustomResourceResponse.Success, SeedKeptRows.Report(RoutingKeys.Of(data).Except(written), call));
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
}
