using System.Text.Json.Nodes;

namespace DynamicContactCenter.Functions.Tests.TestHelpers;

/// <summary>Connect ContactFlowEvent JSON for tests, shaped like reference/connect-lambda-contract.md §1.</summary>
internal static class ConnectEvents
{
    public const string ContactId = "c0ffee00-0000-4000-8000-000000000001";

    public static string Create(
        string? dialedNumber = "+14443331111",
        IDictionary<string, string>? parameters = null,
        IDictionary<string, string>? attributes = null,
        string? sessionAttributes = null)
    {
        var parameterObject = new JsonObject();
        foreach (var (key, value) in parameters ?? new Dictionary<string, string>())
        {
            parameterObject[key] = value;
        }

        if (sessionAttributes is not null)
        {
            parameterObject["sessionAttributes"] = sessionAttributes;
        }

        var attributeObject = new JsonObject();
        foreach (var (key, value) in attributes ?? new Dictionary<string, string>())
        {
            attributeObject[key] = value;
        }

        var contactData = new JsonObject
        {
            ["Attributes"] = attributeObject,
            ["Channel"] = "VOICE",
            ["ContactId"] = ContactId,
            ["CustomerEndpoint"] = new JsonObject { ["Address"] = "+15555550100", ["Type"] = "TELEPHONE_NUMBER" },
            ["InitiationMethod"] = "INBOUND",
        };
        if (dialedNumber is not null)
        {
            contactData["SystemEndpoint"] = new JsonObject { ["Address"] = dialedNumber, ["Type"] = "TELEPHONE_NUMBER" };
        }

        return new JsonObject
        {
            ["Name"] = "ContactFlowEvent",
            ["Details"] = new JsonObject { ["ContactData"] = contactData, ["Parameters"] = parameterObject },
        }.ToJsonString();
    }

    public static Dictionary<string, string> ReadMap(string json) =>
        JsonNode.Parse(json)!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
}
