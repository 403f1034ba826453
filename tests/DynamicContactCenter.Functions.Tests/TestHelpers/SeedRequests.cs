using System.Text.Json.Nodes;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Functions.Tests.TestHelpers;

/// <summary>CloudFormation custom-resource requests for SeedTables (reference §6), with the documented properties.</summary>
internal static class SeedRequests
{
    public const string StackId = "arn:aws:cloudformation:us-east-1:123456789012:stack/dcc-prod/11111111-2222-3333-4444-555555555555";

    public static JsonObject Properties(
        string? organisation = "Omega Widgets",
        string? environment = "prod",
        string[]? numbers = null,
        string queue = "",
        string language = "",
        string? routingYaml = null)
    {
        numbers ??= [SampleRoutingData.EnglishNumber, SampleRoutingData.SpanishNumber];
        var list = new JsonArray();
        for (var i = 0; i < numbers.Length; i++)
        {
            list.Add(new JsonObject
            {
                ["Number"] = numbers[i],
                ["Name"] = $"Line {i}",
                ["Queue"] = queue.Length > 0 ? queue : SampleRoutingData.QueueArn(i + 1),
                ["Language"] = language.Length > 0 ? language : (i % 2 == 0 ? "English" : "Spanish"),
            });
        }

        var properties = new JsonObject
        {
            ["ServiceToken"] = "arn:aws:lambda:us-east-1:123456789012:function:dcc-prod-SeedTables",
            ["Functions"] = new JsonObject
            {
                ["getDynamicAttributes"] = SampleRoutingData.FunctionArn(environment ?? "prod", "GetDynAttributes"),
                ["getPrompts"] = SampleRoutingData.FunctionArn(environment ?? "prod", "GetPrompts"),
            },
            ["DialedNumbers"] = list,
        };
        if (organisation is not null)
        {
            properties["Organisation"] = organisation;
        }

        if (environment is not null)
        {
            properties["Environment"] = environment;
        }

        if (routingYaml is not null)
        {
            properties["RoutingYaml"] = routingYaml;
        }

        return properties;
    }

    public const string LogicalId = "SeedTables";

    /// <summary>A Create; another <paramref name="logicalId"/> or <paramref name="requestId"/> is another resource instance (a replacement).</summary>
    public static string Create(string responseUrl, JsonObject? properties = null, string requestId = "request-1", string logicalId = LogicalId) =>
        Request("Create", responseUrl, null, properties ?? Properties(), null, requestId, logicalId);

    public static string Update(string responseUrl, string physicalId, JsonObject newProperties, JsonObject oldProperties) =>
        Request("Update", responseUrl, physicalId, newProperties, oldProperties, "request-Update", LogicalId);

    public static string Delete(string responseUrl, string physicalId, JsonObject? properties = null, string logicalId = LogicalId) =>
        Request("Delete", responseUrl, physicalId, properties ?? Properties(), null, "request-Delete", logicalId);

    /// <summary>A request as CloudFormation sends it to any custom resource of the stack (AssociationRequests uses it too).</summary>
    public static string Request(string type, string responseUrl, string? physicalId, JsonObject properties, JsonObject? old, string requestId, string logicalId,
        string resourceType = "Custom::SeedTables")
    {
        var request = new JsonObject
        {
            ["RequestType"] = type,
            ["ResponseURL"] = responseUrl,
            ["StackId"] = StackId,
            ["RequestId"] = requestId,
            ["ResourceType"] = resourceType,
            ["LogicalResourceId"] = logicalId,
            ["ResourceProperties"] = properties.DeepClone(),
        };
        if (physicalId is not null)
        {
            request["PhysicalResourceId"] = physicalId;
        }

        if (old is not null)
        {
            request["OldResourceProperties"] = old.DeepClone();
        }

        return request.ToJsonString();
    }
}
