using System.Text.Json;
using System.Text.Json.Nodes;

namespace DynamicContactCenter.Cli.Commands;

/// <summary>Builds the Amazon Connect <c>ContactFlowEvent</c> that <c>dcc invoke</c> sends when no <c>--event</c> file is given.</summary>
/// <remarks>The shape is the one Connect sends (reference/connect-lambda-contract.md §1), so a handler sees what it will see in production.</remarks>
internal static class ConnectEventBuilder
{
    /// <summary>A caller number used when none is given; a reserved fictional number.</summary>
    public const string DefaultCaller = "+15555550100";

    /// <summary>The event for a call to <paramref name="dialedNumber"/>.</summary>
    /// <param name="dialedNumber">The dialed number, <c>SystemEndpoint.Address</c>.</param>
    /// <param name="language">When given, the contact attribute <c>Language</c>.</param>
    /// <param name="parameters">The block's resolved LambdaInvocationAttributes, <c>Details.Parameters</c>.</param>
    public static string Build(string dialedNumber, string? language, IReadOnlyDictionary<string, string> parameters)
    {
        var attributes = new JsonObject();
        if (language is not null)
        {
            attributes["Language"] = language;
        }

        var parameterObject = new JsonObject();
        foreach (var (key, value) in parameters)
        {
            parameterObject[key] = value;
        }

        var contactId = "00000000-0000-4000-8000-000000000001";
        var root = new JsonObject
        {
            ["Name"] = "ContactFlowEvent",
            ["Details"] = new JsonObject
            {
                ["ContactData"] = new JsonObject
                {
                    ["Attributes"] = attributes,
                    ["Channel"] = "VOICE",
                    ["ContactId"] = contactId,
                    ["InitialContactId"] = contactId,
                    ["PreviousContactId"] = contactId,
                    ["CustomerEndpoint"] = new JsonObject { ["Address"] = DefaultCaller, ["Type"] = "TELEPHONE_NUMBER" },
                    ["SystemEndpoint"] = new JsonObject { ["Address"] = dialedNumber, ["Type"] = "TELEPHONE_NUMBER" },
                    ["InitiationMethod"] = "INBOUND",
                    ["InstanceARN"] = "arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555",
                    ["LanguageCode"] = "en-US",
                    ["Queue"] = null,
                },
                ["Parameters"] = parameterObject,
            },
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
