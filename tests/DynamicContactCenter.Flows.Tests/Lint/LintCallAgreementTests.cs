using System.Collections.Immutable;
using System.Text.Json;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Routing.Model;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Lint;

/// <summary>The flows × data walk and a call give a flow one meaning (issue #11 item 2): the same parameters under the same case
/// rule, the same references interpolated the same way, the same Connect event sent to the same function.</summary>
public sealed class LintCallAgreementTests
{
    private const string Lookup = "Lookup";

    [Fact]
    public async Task LintAndCall_ParameterNamesInAnotherCase_BothCallTheFunctionAndSpeakItsAnswer()
    {
        // Arrange: "lambdafunctionarn" and "text" as a hand-edited export might spell them; the interpreter reads names case-insensitively.
        static string Main(string arn, string seconds, string text) => Flow(
            Act("Call", "InvokeLambdaFunction", "{\"" + arn + "\":\"" + CallHarness.LookupArn + "\",\"" + seconds + "\":\"3\"}", "Say",
                errors: [Err("NoMatchingError", "Failed")]),
            Act("Say", "MessageParticipant", "{\"" + text + "\":\"queue $.External.queue\"}", "Hang up"),
            Mark("Failed"),
            Disconnect());
        var flow = Main("lambdafunctionarn", "invocationtimelimitseconds", "text");
        using var harness = new CallHarness(("Main", flow));
        harness.Invoker.Returns(Lookup, """{"queue":"English"}""");
        var documented = await LintAsync(harness, Main("LambdaFunctionARN", "InvocationTimeLimitSeconds", "Text"));
        harness.Invoker.Calls.Clear();

        // Act
        var call = await harness.RunAsync();
        var callsByCall = harness.Invoker.Calls.Count;
        var report = await LintAsync(harness, flow);

        // Assert: the call and the walk call the function alike, and lint says what it says of the documented spelling.
        call.Prompts.ShouldHaveSingleItem().Text.ShouldBe("queue English");
        callsByCall.ShouldBe(1);
        harness.Invoker.Calls.Skip(callsByCall).ShouldContain(c => c.Function == Lookup && c.TimeLimit == TimeSpan.FromSeconds(3));
        report.Findings.Select(f => $"{f.Rule.Id} {f.Location.ActionId}").ShouldBe(documented.Findings.Select(f => $"{f.Rule.Id} {f.Location.ActionId}"));
        report.Findings.ShouldNotContain(f => f.Rule == LintRules.LambdaFailsForData || f.Rule == LintRules.AttributeProduced);
    }

    [Fact]
    public async Task LintAndCall_ExternalReferencesInText_InterpolatedTheSame()
    {
        // Arrange: a JSON response with a nested value, then a call whose parameters read it, a system value and a flat key.
        var flow = Flow(
            Act("First", "InvokeLambdaFunction", "{\"LambdaFunctionARN\":\"" + CallHarness.LookupArn + "\",\"ResponseValidation\":{\"ResponseType\":\"JSON\"}}",
                "Second", errors: [Err("NoMatchingError", "Failed")]),
            Act("Second", "InvokeLambdaFunction", "{\"LambdaFunctionARN\":\"" + CallHarness.LookupArn + "\",\"ResponseValidation\":{\"ResponseType\":\"JSON\"},"
                + "\"LambdaInvocationAttributes\":{\"greeting\":\"Hi $.External.name on $.Channel\",\"tier\":\"$.External.customer.tier\"}}",
                "Hang up", errors: [Err("NoMatchingError", "Failed")]),
            Mark("Failed"),
            Disconnect());
        using var harness = new CallHarness(("Main", flow));
        harness.Invoker.Returns(Lookup, """{"name":"Ann","customer":{"tier":"gold"}}""");

        // Act
        await harness.RunAsync();
        var byCall = SentParameters(harness.Invoker.Calls.Select(c => c.EventJson)).ToList();
        harness.Invoker.Calls.Clear();
        await LintAsync(harness, flow);
        var byLint = SentParameters(harness.Invoker.Calls.Select(c => c.EventJson)).ToList();

        // Assert
        byCall.ShouldContain("greeting=Hi Ann on VOICE;tier=gold");
        byLint.ShouldBe(byCall);
    }

    /// <summary>Lints <paramref name="flow"/> as Main of the harness's instance, for one dialed number, with the harness's invoker.</summary>
    private static Task<LintReport> LintAsync(CallHarness harness, string flow)
    {
        var routing = new RoutingData("Test", "English", [], [new DialedNumber("+14443330000", "Main line", CallHarness.EnglishArn, "English")],
            [LintFixture.Language("English", "Joanna", "en-US", "Hello.")]);
        return FlowLinter.LintAsync(new LintRequest([LintedFlow.FromText(flow, "Main", file: Path.Combine(harness.Folder, "flows", "Main.json"))], harness.Instance)
        {
            Routing = routing,
            RoutingFile = "routing.yaml",
            Functions = harness.Invoker,
        }, CancellationToken.None);
    }

    /// <summary>Each event's Details.Parameters as <c>key=value;...</c> in key order, skipping events without parameters.</summary>
    private static IEnumerable<string> SentParameters(IEnumerable<string> events)
    {
        foreach (var json in events)
        {
            using var document = JsonDocument.Parse(json);
            var pairs = document.RootElement.GetProperty("Details").GetProperty("Parameters").EnumerateObject()
                .Select(p => $"{p.Name}={p.Value.GetString()}").Order(StringComparer.Ordinal).ToImmutableArray();
            if (pairs.Length > 0) yield return string.Join(";", pairs);
        }
    }
}
