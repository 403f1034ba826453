namespace DynamicContactCenter.Benchmarks.Infrastructure;

/// <summary>The events the process benchmarks send: what InitFlow sends GetDynAttributes for the Spanish number, with the session
/// GetLambdas built (so the fold has real work), the same for every runtime.</summary>
internal static class BenchEvents
{
    /// <summary>The handler every runtime serves in the process benchmarks: one GetItem on DialedNumbers and the fold.</summary>
    public const string Handler = "GetDynAttributes";

    /// <summary>The dialed number (a row of the embedded routing.yaml).</summary>
    public const string DialedNumber = "+14443331111";

    /// <summary>The name the row gives that number, to check every answer.</summary>
    public const string ExpectedName = "Spanish line";

    /// <summary>A Connect ContactFlowEvent for GetDynAttributes.</summary>
    public const string GetDynAttributes = """
        {"Name":"ContactFlowEvent","Details":{"ContactData":{"ContactId":"bench-contact","InitialContactId":"bench-contact","Channel":"VOICE",
        "InstanceARN":"arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555","InitiationMethod":"INBOUND",
        "Attributes":{},"CustomerEndpoint":{"Address":"+15555550100","Type":"TELEPHONE_NUMBER"},
        "SystemEndpoint":{"Address":"+14443331111","Type":"TELEPHONE_NUMBER"}},
        "Parameters":{"sessionAttributes":"{\"environment\":\"prod\",\"getDynamicAttributes\":\"arn:aws:lambda:us-east-1:123456789012:function:dcc-prod-GetDynAttributes\",\"getPrompts\":\"arn:aws:lambda:us-east-1:123456789012:function:dcc-prod-GetPrompts\",\"errorPrompt\":\"We are sorry, something went wrong.\",\"exitPrompt\":\"Thank you for calling Alpha to Zulu Corp. Goodbye.\"}"}}}
        """;
}
