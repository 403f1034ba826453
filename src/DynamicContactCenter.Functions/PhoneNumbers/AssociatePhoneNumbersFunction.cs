using System.Security.Cryptography;
using System.Text;
using DynamicContactCenter.Functions.Events;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Functions.Seeding;

namespace DynamicContactCenter.Functions.PhoneNumbers;

/// <summary>
/// AssociatePhoneNumbers, the CloudFormation custom resource that points the routing file's numbers at the Init flow (CloudFormation
/// has no property for it). Like SeedTables it ALWAYS answers the ResponseURL, SUCCESS or FAILED with a readable reason, within
/// <see cref="FunctionHostOptions.CustomResourceMargin"/> of the deadline (<see cref="CustomResourceExchange"/>).
/// </summary>
/// <remarks>
/// <para>Create/Update: lists the numbers claimed to the instance (ListPhoneNumbersV2, every page), and when every named number
/// is among them records each number's current flow on the number (<see cref="PreviousFlow"/>: ListFlowAssociations, TagResource)
/// and associates it with the flow (AssociatePhoneNumberContactFlow). A named number that is not claimed FAILS the
/// resource before anything is associated, naming every such number: a number in the routing file that does not reach the Init
/// flow is a line that silently plays nothing, and a failed deploy is the one place a team is sure to look. An Update also
/// gives the numbers the old properties named and the new ones do not their earlier flow back. A Create that fails half way gives
/// back what it associated before answering, and answers an id its rollback Delete recognises (<see cref="SeedPhysicalId.NeverCreated"/>).</para>
/// <para>Delete: gives every named number still claimed and still on the InitFlow the flow recorded on it (or none, when it had
/// none: DisassociatePhoneNumberContactFlow) and removes the tag; a number already released is done, and one a person pointed
/// elsewhere since keeps that flow.</para>
/// <para>The physical id stays the same across Updates (a new one would make CloudFormation Delete the old one, which would
/// disassociate the numbers the Update just associated).</para>
/// </remarks>
internal sealed class AssociatePhoneNumbersFunction(ConnectClientOptions connect, HttpClient? responseUrlClient, TimeProvider timeProvider, TimeSpan margin, ResponseUrlPolicy policy) : IFunction
{
    // A Connect refusal's message is already the coded, readable reason (the call, the number, what Connect said).
    private static readonly CustomResourceFailures Failures = new(
        exception => exception is ConnectApiException ? exception.Message : null,
        FunctionMessages.AssociationTimedOut,
        FunctionMessages.AssociationUnexpected);

    private readonly SeedResponder _responder = new(responseUrlClient, timeProvider, margin);

    public async Task<FunctionResult> InvokeAsync(ReadOnlyMemory<byte> eventJson, FunctionCall call, CancellationToken cancellationToken)
    {
        var (request, responseUrl, unusable) = CustomResourceExchange.Open(eventJson, policy);
        if (request is null || responseUrl is null)
        {
            return CustomResourceExchange.Unanswerable(unusable!);
        }

        var physicalId = request.PhysicalResourceId ?? PhysicalIdForCreate(request);
        var (status, reason) = await ExecuteAsync(request, physicalId, call, cancellationToken);
        if (request.PhysicalResourceId is null && status == CustomResourceResponse.Failed)
        {
            physicalId = SeedPhysicalId.NeverCreated(physicalId);
        }

        return await CustomResourceExchange.AnswerAsync(_responder, request, responseUrl, status, reason, physicalId, call, cancellationToken);
    }

    /// <summary>One id per resource of a stack: the same for a retried Create, never changed by an Update.</summary>
    private static string PhysicalIdForCreate(CustomResourceRequest request)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(request.StackId ?? "no-stack")))[..16];
        return $"dcc-numbers-{request.LogicalResourceId ?? "resource"}-{hash}";
    }

    private Task<(string Status, string? Reason)> ExecuteAsync(CustomResourceRequest request, string physicalId, FunctionCall call, CancellationToken cancellationToken) =>
        CustomResourceExchange.RunAsync(request, call, timeProvider, margin,
            token => AssociateAsync(request, token),
            token => DisassociateAsync(request, physicalId, token),
            Failures,
            cancellationToken);

    private async Task<(string, string?)> AssociateAsync(CustomResourceRequest request, CancellationToken cancellationToken)
    {
        var properties = AssociationProperties.Read(request.ResourceProperties, out var errors);
        if (properties is null)
        {
            return (CustomResourceResponse.Failed, string.Join(" ", errors));
        }

        var client = new ConnectPhoneNumberClient(connect, properties.Region, timeProvider);
        var claimed = await ClaimedAsync(client, properties, cancellationToken);
        var notClaimed = properties.PhoneNumbers.Where(n => !claimed.ContainsKey(n)).ToList();
        if (notClaimed.Count > 0)
        {
            return (CustomResourceResponse.Failed, FunctionMessages.NumbersNotClaimed.CodedMessage(
                string.Join(", ", notClaimed), properties.InstanceArn, claimed.Count));
        }

        var flows = await client.ListNumberFlowsAsync(properties.InstanceId, cancellationToken);
        var associated = new List<PhoneNumberSummary>();
        try
        {
            foreach (var number in properties.PhoneNumbers)
            {
                await PreviousFlow.RecordAsync(client, claimed[number], flows, properties.ContactFlowId, cancellationToken);
                await client.AssociateAsync(claimed[number], properties.InstanceId, properties.ContactFlowId, cancellationToken);
                associated.Add(claimed[number]);
            }
        }
        catch (ConnectApiException) when (request.RequestType == CustomResourceRequest.Create && associated.Count > 0)
        {
            // Undo this Create's own work (best effort) before answering FAILED: its rollback Delete will do nothing.
            await UndoAsync(client, associated, properties.InstanceId, cancellationToken);
            throw;
        }

        if (request.RequestType == CustomResourceRequest.Update
            && AssociationProperties.Read(request.OldResourceProperties, out _) is { } old)
        {
            // Numbers the stack no longer names get their earlier flow back. (On another instance, they are that instance's to list.)
            var sameInstance = old.InstanceArn == properties.InstanceArn;
            var oldClient = sameInstance ? client : new ConnectPhoneNumberClient(connect, old.Region, timeProvider);
            var oldClaimed = sameInstance ? claimed : await ClaimedAsync(oldClient, old, cancellationToken);
            await RestoreAsync(oldClient, old, oldClaimed, old.PhoneNumbers.Where(n => !sameInstance || !properties.PhoneNumbers.Contains(n)), cancellationToken);
        }

        return (CustomResourceResponse.Success, null);
    }

    private async Task<(string, string?)> DisassociateAsync(CustomResourceRequest request, string physicalId, CancellationToken cancellationToken)
    {
        // A failed Create associated nothing (or undid it), and properties that cannot be read never associated anything:
        // answering FAILED would only leave the stack in DELETE_FAILED.
        if (SeedPhysicalId.IsNeverCreated(physicalId) || AssociationProperties.Read(request.ResourceProperties, out _) is not { } properties)
        {
            return (CustomResourceResponse.Success, null);
        }

        var client = new ConnectPhoneNumberClient(connect, properties.Region, timeProvider);
        var claimed = await ClaimedAsync(client, properties, cancellationToken);
        await RestoreAsync(client, properties, claimed, properties.PhoneNumbers, cancellationToken);
        return (CustomResourceResponse.Success, null);
    }

    /// <summary>Gives each of <paramref name="numbers"/> still claimed its recorded flow back (<see cref="PreviousFlow.RestoreAsync"/>).</summary>
    private static async Task RestoreAsync(ConnectPhoneNumberClient client, AssociationProperties properties, Dictionary<string, PhoneNumberSummary> claimed, IEnumerable<string> numbers, CancellationToken cancellationToken)
    {
        var named = numbers.Where(claimed.ContainsKey).ToList();
        if (named.Count == 0)
        {
            return;
        }

        var flows = await client.ListNumberFlowsAsync(properties.InstanceId, cancellationToken);
        foreach (var number in named)
        {
            var onInitFlow = PreviousFlow.FlowOf(flows, claimed[number]) == properties.ContactFlowId;
            await PreviousFlow.RestoreAsync(client, claimed[number], properties.InstanceId, onInitFlow, cancellationToken);
        }
    }

    private static async Task<Dictionary<string, PhoneNumberSummary>> ClaimedAsync(ConnectPhoneNumberClient client, AssociationProperties properties, CancellationToken cancellationToken)
    {
        var listed = await client.ListPhoneNumbersAsync(properties.InstanceArn, cancellationToken);
        return listed
            .Where(n => n.PhoneNumber is { Length: > 0 } && n.PhoneNumberId is { Length: > 0 })
            .GroupBy(n => n.PhoneNumber!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    private static async Task UndoAsync(ConnectPhoneNumberClient client, List<PhoneNumberSummary> associated, string instanceId, CancellationToken cancellationToken)
    {
        foreach (var number in associated)
        {
            try
            {
                // It points at the InitFlow: this Create just associated it.
                await PreviousFlow.RestoreAsync(client, number, instanceId, onInitFlow: true, cancellationToken);
            }
            catch (ConnectApiException)
            {
                // Best effort: the FAILED reason is the association's error, which is what the team has to fix.
            }
        }
    }
}
