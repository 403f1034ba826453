using System.Globalization;
using System.Text.Json.Nodes;
using DynamicContactCenter.Testing;
using Microsoft.AspNetCore.Http;

namespace DynamicContactCenter.Functions.Tests.TestHelpers;

/// <summary>
/// The calls of <see cref="FakeConnect"/> that read a number's flow and keep the flow it had before on the number, shaped as the
/// Connect API reference gives them (docs.aws.amazon.com/connect/latest/APIReference: API_ListFlowAssociations.html,
/// API_ListTagsForResource.html, API_TagResource.html, API_UntagResource.html):
/// <code>
/// ListFlowAssociations  GET    /flow-associations-summary/{InstanceId}?ResourceType=VOICE_PHONE_NUMBER&amp;maxResults=&amp;nextToken=
///                       → {FlowAssociationSummaryList: [{FlowId, ResourceId, ResourceType}], NextToken}
/// ListTagsForResource   GET    /tags/{resourceArn}                → {tags: {key: value}}
/// TagResource           POST   /tags/{resourceArn}  {tags: {...}} → 200, empty
/// UntagResource         DELETE /tags/{resourceArn}?tagKeys=KEY    → 200, empty
/// </code>
/// The reference calls ResourceId and FlowId "identifiers"; this fake answers ARNs (the number's and the flow's), the longer
/// form, so the client is tested on the form it must shorten.
/// </summary>
internal static class FakeConnectFlowAssociations
{
    public static async Task ListAsync(FakeConnect connect, LoopbackRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var query = System.Web.HttpUtility.ParseQueryString(request.Query);
        if (request.Path != $"/flow-associations-summary/{FakeConnect.InstanceId}" || query["ResourceType"] != "VOICE_PHONE_NUMBER"
            || !int.TryParse(query["maxResults"], CultureInfo.InvariantCulture, out var max) || max is < 1 or > 1000 || request.Body.Length > 0)
        {
            await connect.ErrorAsync(response, 400, "InvalidParameterException", "expected /flow-associations-summary/{the instance id}?ResourceType=VOICE_PHONE_NUMBER&maxResults=1-1000, no body", cancellationToken);
            return;
        }

        var start = query["nextToken"] is { } token ? int.Parse(token, CultureInfo.InvariantCulture) : 0;
        var all = connect.Flows.OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
        var page = all.Skip(start).Take(Math.Min(connect.PageSize, max)).Select(f => new JsonObject
        {
            ["FlowId"] = $"{FakeConnect.InstanceArn}/contact-flow/{f.Value}",
            ["ResourceId"] = NumberArn(f.Key),
            ["ResourceType"] = "VOICE_PHONE_NUMBER",
        });
        var answer = new JsonObject { ["FlowAssociationSummaryList"] = new JsonArray([.. page]) };
        if (start + connect.PageSize < all.Count)
        {
            answer["NextToken"] = (start + connect.PageSize).ToString(CultureInfo.InvariantCulture);
        }

        response.ContentType = "application/json";
        await response.WriteAsync(answer.ToJsonString(), cancellationToken);
    }

    public static async Task TagsAsync(FakeConnect connect, string operation, LoopbackRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var arn = Uri.UnescapeDataString(request.Path["/tags/".Length..]);
        if (request.Path["/tags/".Length..].Contains('/', StringComparison.Ordinal))
        {
            await connect.ErrorAsync(response, 400, "InvalidParameterException", $"the ARN in the path must be escaped as one segment: {request.Path}", cancellationToken);
            return;
        }

        var id = connect.Claimed.Values.FirstOrDefault(v => NumberArn(v) == arn);
        if (id is null)
        {
            await connect.ErrorAsync(response, 404, "ResourceNotFoundException", $"{arn} is not a claimed number", cancellationToken, record: false);
            return;
        }

        var tags = connect.Tags.TryGetValue(id, out var existing) ? existing : connect.Tags[id] = new(StringComparer.Ordinal);
        switch (operation)
        {
            case "ListTagsForResource":
                response.ContentType = "application/json";
                await response.WriteAsync(new JsonObject { ["tags"] = new JsonObject([.. tags.Select(t => KeyValuePair.Create(t.Key, (JsonNode?)t.Value))]) }.ToJsonString(), cancellationToken);
                return;
            case "TagResource":
                if (FakeConnect.Body(request, ["tags"]) is not { } body || body["tags"] is not JsonObject add || add.Count == 0
                    || add.Any(t => t.Value is not JsonValue || t.Key.StartsWith("aws:", StringComparison.Ordinal) || ((string)t.Value!).Length > 256))
                {
                    await connect.ErrorAsync(response, 400, "InvalidParameterException", "expected {tags: {key: value, ...}}", cancellationToken);
                    return;
                }

                foreach (var (key, value) in add)
                {
                    tags[key] = (string)value!;
                }

                return;
            default:
                var keys = System.Web.HttpUtility.ParseQueryString(request.Query).GetValues("tagKeys");
                if (keys is not { Length: > 0 } || request.Body.Length > 0)
                {
                    await connect.ErrorAsync(response, 400, "InvalidParameterException", "expected ?tagKeys=KEY and no body", cancellationToken);
                    return;
                }

                foreach (var key in keys)
                {
                    tags.Remove(key);
                }

                return;
        }
    }

    private static string NumberArn(string phoneNumberId) => $"arn:aws:connect:{FakeConnect.Region}:123456789012:phone-number/{phoneNumberId}";
}
