namespace DynamicContactCenter.Functions.PhoneNumbers;

/// <summary>
/// The flow a number had before the stack pointed it at the InitFlow, kept ON THE NUMBER as the tag <see cref="TagKey"/> (the flow
/// id, or <see cref="None"/>), so that a Delete or an Update that drops the number can give it back.
/// </summary>
/// <remarks>
/// <para>Why a tag: a Delete request carries the properties but no Data of the resource, and the physical id (1 KB, fixed across
/// Updates) cannot hold fifty flow ids; the number is the one place that lives as long as the association and that a person
/// can read in the console.</para>
/// <para>Recorded before the association (so no failure between the two loses the earlier flow), and only when the number does
/// not already point at the InitFlow: a retried Create, or a second stack over the same numbers, keeps the tag the first one wrote.
/// A number a person pointed at another flow since keeps that flow on Delete: it is theirs now.</para>
/// </remarks>
internal static class PreviousFlow
{
    /// <summary>The tag key (Connect allows ':' in keys; the <c>aws:</c> prefix alone is reserved).</summary>
    public const string TagKey = "dcc:previous-flow";

    /// <summary>The tag value for a number that had no flow: given back as no flow.</summary>
    public const string None = "none";

    /// <summary>Records the flow <paramref name="number"/> has now, unless it already points at <paramref name="initFlowId"/>.</summary>
    public static async Task RecordAsync(ConnectPhoneNumberClient client, PhoneNumberSummary number, IReadOnlyDictionary<string, string> flows, string initFlowId, CancellationToken cancellationToken)
    {
        var current = FlowOf(flows, number);
        if (current != initFlowId)
        {
            await client.TagAsync(number, TagKey, current ?? None, cancellationToken);
        }
    }

    /// <summary>Gives <paramref name="number"/> its recorded flow back (or none) when it still points at the InitFlow, and removes the tag.</summary>
    public static async Task RestoreAsync(ConnectPhoneNumberClient client, PhoneNumberSummary number, string instanceId, bool onInitFlow, CancellationToken cancellationToken)
    {
        var recorded = (await client.ListTagsAsync(number, cancellationToken)).GetValueOrDefault(TagKey);
        if (onInitFlow)
        {
            if (recorded is { Length: > 0 } flowId && recorded != None)
            {
                try
                {
                    await client.AssociateAsync(number, instanceId, flowId, cancellationToken);
                }
                catch (ConnectApiException exception) when (exception.IsNotFound)
                {
                    // The recorded flow was deleted since (or the number released): no flow is the nearest to "before", and
                    // failing would leave the stack in DELETE_FAILED over a flow nobody can bring back.
                    await DisassociateIfPresentAsync(client, number, instanceId, cancellationToken);
                }
            }
            else
            {
                await DisassociateIfPresentAsync(client, number, instanceId, cancellationToken);
            }
        }

        if (recorded is not null)
        {
            await client.UntagAsync(number, TagKey, cancellationToken);
        }
    }

    /// <summary>The flow id <paramref name="number"/> points at in <paramref name="flows"/> (by ARN or id); null: none.</summary>
    public static string? FlowOf(IReadOnlyDictionary<string, string> flows, PhoneNumberSummary number) =>
        (number.PhoneNumberArn is { } arn && flows.TryGetValue(arn, out var byArn)) ? byArn
        : number.PhoneNumberId is { } id && flows.TryGetValue(id, out var byId) ? byId : null;

    /// <summary>Removes the flow of <paramref name="number"/>; a number released since, or without a flow already, is done.</summary>
    public static async Task DisassociateIfPresentAsync(ConnectPhoneNumberClient client, PhoneNumberSummary number, string instanceId, CancellationToken cancellationToken)
    {
        try
        {
            await client.DisassociateAsync(number, instanceId, cancellationToken);
        }
        catch (ConnectApiException exception) when (exception.IsNotFound)
        {
            // Released since, or without a flow already: what a restore to "no flow" wants.
        }
    }
}
