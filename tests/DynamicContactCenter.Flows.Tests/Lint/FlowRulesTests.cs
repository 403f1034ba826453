using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Routing.Diagnostics;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Lint;

/// <summary>One seeded defect per flow rule: each row fails if its rule is removed.</summary>
public sealed class FlowRulesTests
{
    private const string Lambda = "{\"LambdaFunctionARN\":\"${GetLambdasArn}\",\"InvocationTimeLimitSeconds\":\"8\"}";

    public static TheoryData<string, string, string, string> SeededDefects => new()
    {
        { "DCC5001", "action without Type", "{\"Version\":\"2019-10-30\",\"StartAction\":\"A\",\"Actions\":[{\"Identifier\":\"A\",\"Parameters\":{},\"Transitions\":{}}]}", "CONTACT_FLOW" },
        { "DCC5002", "old version", Flow(Disconnect()).Replace("2019-10-30", "2017-01-01", StringComparison.Ordinal), "CONTACT_FLOW" },
        { "DCC5003", "start names nothing", Flow(Disconnect()).Replace("\"StartAction\":\"Hang up\"", "\"StartAction\":\"Nowhere\"", StringComparison.Ordinal), "CONTACT_FLOW" },
        { "DCC5004", "duplicate identifier", Flow(Say("Hi", "hi", "Hang up"), Say("Hi", "again", "Hang up"), Disconnect()), "CONTACT_FLOW" },
        { "DCC5005", "colon in identifier", Flow(Say("Play: hello", "hi", "Hang up"), Disconnect()), "CONTACT_FLOW" },
        { "DCC5006", "dangling NextAction", Flow(Say("Hi", "hi", "Ghost"), Disconnect()), "CONTACT_FLOW" },
        { "DCC5007", "unreachable action", Flow(Say("Hi", "hi", "Hang up"), Say("Orphan", "never", "Hang up"), Disconnect()), "CONTACT_FLOW" },
        { "DCC5008", "lambda without error branch", Flow(Act("Call", "InvokeLambdaFunction", Lambda, "Hang up"), Disconnect()), "CONTACT_FLOW" },
        { "DCC5009", "unknown action type", Flow(Act("Wisdom", "StartFutureFeature", "{}", "Hang up"), Disconnect()), "CONTACT_FLOW" },
        { "DCC5010", "prompt without text", Flow(Act("Say nothing", "MessageParticipant", "{}", "Hang up"), Disconnect()), "CONTACT_FLOW" },
        { "DCC5011", "lambda time limit 9", Flow(Act("Call", "InvokeLambdaFunction", Lambda.Replace("\"8\"", "\"9\"", StringComparison.Ordinal), "Hang up",
            errors: [Err("NoMatchingError", "Hang up")]), Disconnect()), "CONTACT_FLOW" },
        { "DCC5012", "251 actions", Flow([.. Enumerable.Range(0, 250).Select(i => Say($"S{i}", "x", i == 249 ? "Hang up" : $"S{i + 1}")), Disconnect()]), "CONTACT_FLOW" },
        { "DCC5013", "hours condition Yes", Flow(Act("Hours", "CheckHoursOfOperation", "{}", conditions: [Cond("Equals", "Yes", "Hang up")],
            errors: [Err("NoMatchingError", "Hang up"), Err("NoMatchingCondition", "Hang up")]), Disconnect()), "CONTACT_FLOW" },
        { "DCC5014", "EndFlowExecution in an inbound flow", Flow(Say("Hi", "hi", "End"), End()), "CONTACT_FLOW" },
        { "DCC5015", "literal Lambda ARN", Flow(Act("Call", "InvokeLambdaFunction", Lambda.Replace("${GetLambdasArn}", "arn:aws:lambda:us-east-1:123456789012:function:x", StringComparison.Ordinal),
            "Hang up", errors: [Err("NoMatchingError", "Hang up")]), Disconnect()), "CONTACT_FLOW" },
        { "DCC5016", "prompt of 6,001 characters", Flow(Say("Long", new string('a', 6001), "Hang up"), Disconnect()), "CONTACT_FLOW" },
        { "DCC5017", "transfer to an unknown flow", Flow(Act("Go", "TransferToFlow", "{\"ContactFlowId\":\"${NoSuchFlowArn}\"}", errors: [Err("NoMatchingError", "Hang up")]),
            Disconnect()), "CONTACT_FLOW" },
        { "DCC5018", "loop with no way out", Flow(Say("Ping", "ping", "Pong"), Say("Pong", "pong", "Ping")), "CONTACT_FLOW" },
        { "DCC5010", "prompt Text that is a number", Flow(Act("Say", "MessageParticipant", """{"Text":42}""", "Hang up"), Disconnect()), "CONTACT_FLOW" },
    };

    [Theory]
    [MemberData(nameof(SeededDefects))]
    public async Task LintAsync_SeededDefect_ReportedUnderItsRuleWithFixHint(string ruleId, string defect, string flowJson, string flowType)
    {
        // Arrange
        var flow = LintedFlow.FromText(flowJson, "Seeded", flowType, "seeded.json");

        // Act
        var report = await FlowLinter.LintAsync(new LintRequest([flow], InstanceModel.Empty), CancellationToken.None);

        // Assert
        var finding = report.Findings.FirstOrDefault(f => f.Rule.Id == ruleId);
        finding.ShouldNotBeNull($"{defect}: expected {ruleId}, got {string.Join("; ", report.Findings)}");
        finding.Location.File.ShouldBe("seeded.json");
        finding.FixHint.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task LintAsync_ShippedFlowsAndData_NoFindings()
    {
        // Arrange
        var flows = LintFixture.ShippedFlows;

        // Act
        var report = await LintFixture.LintAsync(flows);

        // Assert
        report.Findings.ShouldBeEmpty(string.Join(Environment.NewLine, report.Findings));
        report.CasesWalked.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task LintAsync_LambdaWithoutErrorBranch_NamesActionFieldAndErrorType()
    {
        // Arrange
        var flow = LintedFlow.FromText(Flow(Act("Call", "InvokeLambdaFunction", Lambda, "Hang up"), Disconnect()), "Seeded", "CONTACT_FLOW");

        // Act
        var report = await FlowLinter.LintAsync(new LintRequest([flow], InstanceModel.Empty), CancellationToken.None);

        // Assert
        var finding = report.Findings.Single(f => f.Rule == LintRules.MissingErrorBranch);
        finding.Severity.ShouldBe(Severity.Error);
        finding.Location.ActionId.ShouldBe("Call");
        finding.Location.Field.ShouldBe("Transitions.Errors");
        finding.Message.ShouldContain("NoMatchingError");
    }

    [Fact]
    public async Task LintAsync_PromptWithoutErrorBranch_IsOnlyAWarning()
    {
        // Arrange: about 80% of exported prompts have no Errors and Connect accepts them.
        var flow = LintedFlow.FromText(Flow(Say("Hi", "hi", "Hang up"), Disconnect()), "Seeded", "CONTACT_FLOW");

        // Act
        var report = await FlowLinter.LintAsync(new LintRequest([flow], InstanceModel.Empty), CancellationToken.None);

        // Assert
        report.Findings.Single(f => f.Rule == LintRules.MissingErrorBranch).Severity.ShouldBe(Severity.Warning);
        report.HasErrors.ShouldBeFalse();
    }

    [Fact]
    public async Task LintAsync_DynamicTimeLimit_NotJudgedAsOutOfRange()
    {
        // Arrange
        var flow = LintedFlow.FromText(Flow(Act("Call", "InvokeLambdaFunction", Lambda.Replace("\"8\"", "\"$.Attributes.limit\"", StringComparison.Ordinal), "Hang up",
            errors: [Err("NoMatchingError", "Hang up")]), Disconnect()), "Seeded", "CONTACT_FLOW");

        // Act
        var report = await FlowLinter.LintAsync(new LintRequest([flow], InstanceModel.Empty), CancellationToken.None);

        // Assert
        report.Findings.ShouldNotContain(f => f.Rule == LintRules.ParameterRange);
    }

    [Fact]
    public void All_RuleIds_AreUniqueDcc5nnnWithFixHints()
    {
        // Arrange
        var rules = LintRules.All;

        // Act
        var ids = rules.Select(r => r.Id).ToList();

        // Assert
        ids.ShouldBeUnique();
        ids.ShouldAllBe(id => id.StartsWith("DCC5", StringComparison.Ordinal) && id.Length == 7);
        rules.ShouldAllBe(r => r.FixHint.Length > 0 && r.Title.Length > 0);
    }
}
