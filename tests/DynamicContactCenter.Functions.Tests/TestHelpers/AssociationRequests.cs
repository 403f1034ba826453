using System.Text.Json.Nodes;

namespace DynamicContactCenter.Functions.Tests.TestHelpers;

/// <summary>CloudFormation custom-resource requests for AssociatePhoneNumbers, with the properties the template passes.</summary>
internal static class AssociationRequests
{
    public const string LogicalId = "PhoneNumberFlows";

    public static JsonObject Properties(params string[] numbers) => new()
    {
        ["ServiceToken"] = "arn:aws:lambda:us-east-1:123456789012:function:dcc-prod-AssociatePhoneNumbers",
        ["InstanceArn"] = FakeConnect.InstanceArn,
        ["ContactFlowArn"] = FakeConnect.InitFlowArn,
        ["PhoneNumbers"] = new JsonArray([.. numbers.Select(n => (JsonNode)n)]),
    };

    public static string Create(string responseUrl, JsonObject properties) => Request("Create", responseUrl, null, properties, null);

    public static string Update(string responseUrl, string physicalId, JsonObject properties, JsonObject old) => Request("Update", responseUrl, physicalId, properties, old);

    public static string Delete(string responseUrl, string physicalId, JsonObject properties) => Request("Delete", responseUrl, physicalId, properties, null);

    private static string Request(string type, string responseUrl, string? physicalId, JsonObject properties, JsonObject? old) =>
        SeedRequests.Request(type, responseUrl, physicalId, properties, old, "request-" + type, LogicalId, "Custom::AssociatePhoneNumbers");
}
