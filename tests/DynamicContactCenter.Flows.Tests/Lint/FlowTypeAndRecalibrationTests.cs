using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Tests.Lint;

/// <summary>Issue #14 "lint a team can live with": AWS's own default flows lint clean of errors, whisper and queue flows are judged by
/// their real type (wrapper, designer metadata, --type, or the actions), and each recalibrated rule still catches its real case.</summary>
public sealed class FlowTypeAndRecalibrationTests
{
    /// <summary>AWS's "Default agent whisper" in the shape DescribeContactFlow returns it (wrapper Type AGENT_WHISPER; a MessageParticipant
    /// speaking $.Queue.Name with "Errors": [] and "Conditions": [], then EndFlowExecution), as printed by `aws connect
    /// describe-contact-flow` in public READMEs; identifiers are our own.</summary>
    private const string DefaultAgentWhisper = """
        {
            "ContactFlow": {
                "Name": "Default agent whisper",
                "Type": "AGENT_WHISPER",
                "State": "ACTIVE",
                "Description": "Default whisper played to the agent.",
                "Content": "{\"Version\":\"2019-10-30\",\"StartAction\":\"say-queue\",\"Metadata\":{\"entryPointPosition\":{\"x\":75,\"y\":20},\"snapToGrid\":false,\"ActionMetadata\":{\"end\":{\"position\":{\"x\":491,\"y\":141}},\"say-queue\":{\"position\":{\"x\":231,\"y\":96},\"useDynamic\":false}}},\"Actions\":[{\"Identifier\":\"end\",\"Parameters\":{},\"Transitions\":{},\"Type\":\"EndFlowExecution\"},{\"Identifier\":\"say-queue\",\"Parameters\":{\"Text\":\"$.Queue.Name\"},\"Transitions\":{\"NextAction\":\"end\",\"Errors\":[],\"Conditions\":[]},\"Type\":\"MessageParticipant\"}]}",
                "Tags": {}
            }
        }
        """;

    /// <summary>A queue flow as the designer writes it, with no type anywhere: a Loop prompts block, then End flow.</summary>
    private const string BareQueueFlow = """
        {"Version":"2019-10-30","StartAction":"loop","Metadata":{},"Actions":[
          {"Identifier":"loop","Type":"MessageParticipantIteratively","Parameters":{"Messages":[{"Text":"Thank you for waiting."}]},"Transitions":{"NextAction":"end","Errors":[],"Conditions":[]}},
          {"Identifier":"end","Type":"EndFlowExecution","Parameters":{},"Transitions":{}}]}
        """;

    /// <summary>A message, then End flow, with no type anywhere.</summary>
    private const string BareWhisperFlow = """
        {"Version":"2019-10-30","StartAction":"say","Metadata":{},"Actions":[
          {"Identifier":"say","Type":"MessageParticipant","Parameters":{"Text":"$.Queue.Name"},"Transitions":{"NextAction":"end","Errors":[],"Conditions":[]}},
          {"Identifier":"end","Type":"EndFlowExecution","Parameters":{},"Transitions":{}}]}
        """;

    [Fact]
    public async Task Lint_DefaultAgentWhisperAsDescribeContactFlowReturnsIt_NoErrorAndNoMissingBranch()
    {
        // Act
        var report = await LintFileAsync(DefaultAgentWhisper);

        // Assert: judged as the AGENT_WHISPER the wrapper says (EndFlowExecution is allowed there), and "Errors": [] on the message
        // is how Connect itself exports it.
        report.ErrorCount.ShouldBe(0, string.Join(Environment.NewLine, report.Findings));
        report.Findings.ShouldNotContain(f => f.Rule == LintRules.MissingErrorBranch || f.Rule == LintRules.FlowTypeAssumed);
    }

    [Fact]
    public async Task Lint_CorpusQueueExportWithDesignerMetadataType_JudgedAsCustomerQueue()
    {
        // Arrange: a real export whose only type statement is Metadata.type "customerQueue".
        var file = Path.Combine(LintFixture.Root, "tests", "corpus", "sample-cdk-constructs-for-amazon-connect", "test", "contact-flows", "customer-queue-flow.json");

        // Act
        var flow = LintedFlow.FromFile(file);
        var report = await FlowLinter.LintAsync(new LintRequest([flow], InstanceModel.Empty), CancellationToken.None);

        // Assert
        flow.FlowType.ShouldBe("CUSTOMER_QUEUE");
        report.Findings.ShouldNotContain(f => f.Rule == LintRules.FlowTypeAllowed, string.Join(Environment.NewLine, report.Findings));
    }

    [Fact]
    public async Task Lint_BareFlowOnlyAQueueFlowCanHold_JudgedAsCustomerQueueWithoutAssumption()
    {
        // Act: Loop prompts (queue and hold flows) with End flow (whisper and queue flows): only CUSTOMER_QUEUE allows both.
        var report = await LintFileAsync(BareQueueFlow);

        // Assert
        report.ErrorCount.ShouldBe(0, string.Join(Environment.NewLine, report.Findings));
        report.Findings.ShouldNotContain(f => f.Rule == LintRules.FlowTypeAssumed);
    }

    [Fact]
    public async Task Lint_BareFlowFittingSeveralTypes_SaysWhichTypeItAssumedAndReportsNoError()
    {
        // Act: a message then End flow fits a queue flow and every whisper flow.
        var report = await LintFileAsync(BareWhisperFlow);

        // Assert
        report.ErrorCount.ShouldBe(0, string.Join(Environment.NewLine, report.Findings));
        var assumed = report.Findings.Where(f => f.Rule == LintRules.FlowTypeAssumed).ShouldHaveSingleItem();
        assumed.Severity.ShouldBe(Severity.Warning);
        assumed.Message.ShouldBe("no flow type declared; judged as CUSTOMER_QUEUE (its actions fit CUSTOMER_QUEUE, CUSTOMER_WHISPER, AGENT_WHISPER, OUTBOUND_WHISPER).");
    }

    [Fact]
    public async Task Lint_BareFlowGivenATypeWithWhenUndeclared_JudgedAsThatTypeWithoutAssumption()
    {
        // Arrange: what dcc lint --type AGENT_WHISPER does for a bare file.
        var file = await WriteTempAsync(BareWhisperFlow);
        try
        {
            // Act
            var flow = LintedFlow.FromFile(file).WhenUndeclared("AGENT_WHISPER");
            var report = await FlowLinter.LintAsync(new LintRequest([flow], InstanceModel.Empty), CancellationToken.None);

            // Assert
            flow.FlowType.ShouldBe("AGENT_WHISPER");
            report.Findings.ShouldNotContain(f => f.Rule == LintRules.FlowTypeAssumed || f.Rule == LintRules.FlowTypeAllowed || f.Rule == LintRules.MissingErrorBranch);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Lint_FlowDeclaredInboundWithAQueueOnlyBlock_StillAnError()
    {
        // Arrange: the designer metadata says contactFlow, so Loop prompts (queue and hold flows only) is a real mistake.
        var json = BareQueueFlow.Replace("\"Metadata\":{}", "\"Metadata\":{\"type\":\"contactFlow\"}", StringComparison.Ordinal);

        // Act
        var report = await LintFileAsync(json);

        // Assert
        report.Findings.Where(f => f.Rule == LintRules.FlowTypeAllowed).Select(f => f.Message).ShouldContain(
            "MessageParticipantIteratively is not allowed in a CONTACT_FLOW flow; it is allowed in CUSTOMER_QUEUE, CUSTOMER_HOLD, AGENT_HOLD.");
    }

    [Fact]
    public async Task Lint_MessageWithoutErrorBranchInAnInboundFlow_StillWarns()
    {
        // Arrange: the same "Errors": [] message in an inbound flow: an unwired error there ends the call unexplained.
        var json = """
            {"Version":"2019-10-30","StartAction":"hi","Metadata":{"type":"contactFlow"},"Actions":[
              {"Identifier":"hi","Type":"MessageParticipant","Parameters":{"Text":"Hello"},"Transitions":{"NextAction":"bye","Errors":[],"Conditions":[]}},
              {"Identifier":"bye","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}]}
            """;

        // Act
        var report = await LintFileAsync(json);

        // Assert
        var finding = report.Findings.Where(f => f.Rule == LintRules.MissingErrorBranch).ShouldHaveSingleItem();
        finding.Severity.ShouldBe(Severity.Warning);
        finding.Location.ActionId.ShouldBe("hi");
    }

    [Fact]
    public async Task Lint_WaitWiredAsTheDesignerWiresIt_NoMissingBranch()
    {
        // Arrange: reference §7 Wait: TimeLimitSeconds and Events ["CustomerReturned"]; the designer gives each result its own
        // condition (WaitCompleted is the "Time expired" branch) and wires NoMatchingError, never NoMatchingCondition.
        var report = await LintFileAsync(WaitFlow("""[{"NextAction":"bye","Condition":{"Operator":"Equals","Operands":["WaitCompleted"]}},{"NextAction":"bye","Condition":{"Operator":"Equals","Operands":["CustomerReturned"]}}]"""));

        // Assert
        report.Findings.ShouldNotContain(f => f.Rule == LintRules.MissingErrorBranch, string.Join(Environment.NewLine, report.Findings));
    }

    [Fact]
    public async Task Lint_WaitListeningForAnEventItHasNoBranchFor_StillMissingNoMatchingCondition()
    {
        // Arrange: it listens for CustomerReturned but only WaitCompleted has a branch.
        var report = await LintFileAsync(WaitFlow("""[{"NextAction":"bye","Condition":{"Operator":"Equals","Operands":["WaitCompleted"]}}]"""));

        // Assert
        var finding = report.Findings.Where(f => f.Rule == LintRules.MissingErrorBranch).ShouldHaveSingleItem();
        finding.Severity.ShouldBe(Severity.Error);
        finding.Message.ShouldContain("NoMatchingCondition");
    }

    [Fact]
    public void All_FixHints_NameNoPlaceholderOfTheShippedSample()
    {
        // Arrange: names only our sample's template and instance.yaml define; a hint naming one fits our flows, not the finding.
        string[] sampleNames = ["GetLambdasArn", "GetPromptsArn", "GetDynAttributesArn", "InitFlowArn", "MainFlowArn", "LanguageFlowArn", "CustomerQueueFlowArn"];

        // Act
        var offending = LintRules.All.Where(r => sampleNames.Any(n => r.FixHint.Contains(n, StringComparison.Ordinal))).Select(r => r.Id);

        // Assert
        offending.ShouldBeEmpty();
    }

    private static string WaitFlow(string conditions) =>
        """{"Version":"2019-10-30","StartAction":"wait","Metadata":{"type":"contactFlow"},"Actions":[{"Identifier":"wait","Type":"Wait","Parameters":{"TimeLimitSeconds":"900","Events":["CustomerReturned"]},"Transitions":{"NextAction":"bye","Errors":[{"NextAction":"bye","ErrorType":"NoMatchingError"}],"Conditions":"""
        + conditions + """}},{"Identifier":"bye","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}]}""";

    private static async Task<string> WriteTempAsync(string json)
    {
        var file = Path.Combine(Path.GetTempPath(), $"dcc-flowtype-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json);
        return file;
    }

    private static async Task<LintReport> LintFileAsync(string json)
    {
        var file = await WriteTempAsync(json);
        try
        {
            return await FlowLinter.LintAsync(new LintRequest([LintedFlow.FromFile(file)], InstanceModel.Empty), CancellationToken.None);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
