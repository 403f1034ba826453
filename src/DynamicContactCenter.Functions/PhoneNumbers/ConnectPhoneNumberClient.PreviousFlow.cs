using System.Globalization;
using System.Text.Json;

namespace DynamicContactCenter.Functions.PhoneNumbers;

/// <summary>The calls that read a number's flow and keep the flow it had before on the number itself (shapes in <see cref="ConnectJsonContext"/>).</summary>
internal sealed partial class ConnectPhoneNumberClient
{
    /// <summary>The flow id each number of the instance points at, keyed by the number's id AND its ARN (ListFlowAssociations, all pages).</summary>
    /// <remarks>The reference calls ResourceId and FlowId "identifiers" without saying id or ARN (in practice the number's ARN and
    /// the flow's ARN): both forms are accepted, and a flow ARN is shortened to its id, the form AssociatePhoneNumberContactFlow takes.</remarks>
    public async Task<IReadOnlyDictionary<string, string>> ListNumberFlowsAsync(string instanceId, CancellationToken cancellationToken)
    {
        var flows = new Dictionary<string, string>(StringComparer.Ordinal);
        string? nextToken = null;
        do
        {
            // Query parameters in canonical (ordinal) order: the signer and Connect see the same string.
            var query = string.Create(CultureInfo.InvariantCulture, $"ResourceType=VOICE_PHONE_NUMBER&maxResults={PageSize}")
                + (nextToken is null ? "" : "&nextToken=" + Uri.EscapeDataString(nextToken));
            var answer = await SendAsync(HttpMethod.Get, $"flow-associations-summary/{Uri.EscapeDataString(instanceId)}?{query}", null,
                "ListFlowAssociations", $"instance {instanceId}", cancellationToken);
            var page = Read(answer, ConnectJsonContext.Default.ListFlowAssociationsResponse, "ListFlowAssociations");
            foreach (var association in page.FlowAssociationSummaryList ?? [])
            {
                if (association.ResourceId is { Length: > 0 } resource && association.FlowId is { Length: > 0 } flow)
                {
                    var flowId = flow[(flow.LastIndexOf('/') + 1)..];
                    flows[resource] = flowId;
                    flows[resource[(resource.LastIndexOf('/') + 1)..]] = flowId;
                }
            }

            nextToken = page.NextToken is { Length: > 0 } token ? token : null;
        }
        while (nextToken is not null);

        return flows;
    }

    /// <summary>The tags of <paramref name="number"/> (ListTagsForResource on its ARN).</summary>
    public async Task<IReadOnlyDictionary<string, string>> ListTagsAsync(PhoneNumberSummary number, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(HttpMethod.Get, TagsPath(number), null, "ListTagsForResource", number.PhoneNumber!, cancellationToken);
        return Read(answer, ConnectJsonContext.Default.ConnectTags, "ListTagsForResource").Tags ?? new Dictionary<string, string>();
    }

    /// <summary>Sets the tag <paramref name="key"/> of <paramref name="number"/> (TagResource; other tags stay).</summary>
    public async Task TagAsync(PhoneNumberSummary number, string key, string value, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new ConnectTags(new Dictionary<string, string> { [key] = value }), ConnectJsonContext.Default.ConnectTags);
        await SendAsync(HttpMethod.Post, TagsPath(number), body, "TagResource", number.PhoneNumber!, cancellationToken);
    }

    /// <summary>Removes the tag <paramref name="key"/> of <paramref name="number"/> (UntagResource).</summary>
    public async Task UntagAsync(PhoneNumberSummary number, string key, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Delete, $"{TagsPath(number)}?tagKeys={Uri.EscapeDataString(key)}", null, "UntagResource", number.PhoneNumber!, cancellationToken);

    // The ARN is one path segment: its ':' and '/' are escaped (the SDKs do the same for a non-greedy label).
    private static string TagsPath(PhoneNumberSummary number) => "tags/" + Uri.EscapeDataString(number.PhoneNumberArn!);
}
