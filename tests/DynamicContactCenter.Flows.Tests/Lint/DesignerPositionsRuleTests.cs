using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Layout;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Flows.Parsing;
using DynamicContactCenter.Routing.Diagnostics;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Lint;

public sealed class DesignerPositionsRuleTests
{
    [Fact]
    public async Task Lint_FileWithoutActionPositions_WarnsNamingTheActionsAndTheFix()
    {
        // Arrange: FlowText writes an entry point position but none for the actions.
        var report = await LintFileAsync(Flow(Say("Hi", "hi", "Hang up"), Disconnect()));

        // Act
        var finding = report.Findings.Where(f => f.Rule == LintRules.DesignerPositions).ShouldHaveSingleItem();

        // Assert
        finding.Diagnostic.Severity.ShouldBe(Severity.Warning);
        finding.Diagnostic.Message.ShouldContain("no Metadata.ActionMetadata position for 2 action(s): 'Hi', 'Hang up'");
        finding.Diagnostic.Message.ShouldContain("run dcc layout ");
    }

    [Fact]
    public async Task Lint_FileWithOverlappingBlocks_WarnsNamingThePair()
    {
        // Arrange
        var json = Flow(Say("Hi", "hi", "Hang up"), Disconnect()).Replace(
            "\"Metadata\":{\"entryPointPosition\":{\"x\":0,\"y\":0}}",
            "\"Metadata\":{\"entryPointPosition\":{\"x\":0,\"y\":0},\"ActionMetadata\":{\"Hi\":{\"position\":{\"x\":300,\"y\":0}},\"Hang up\":{\"position\":{\"x\":350,\"y\":50}}}}",
            StringComparison.Ordinal);

        // Act
        var report = await LintFileAsync(json);

        // Assert
        report.Findings.Where(f => f.Rule == LintRules.DesignerPositions).ShouldHaveSingleItem().Diagnostic.Message.ShouldContain("blocks 'Hang up' and 'Hi' overlap");
    }

    [Fact]
    public async Task Lint_FileLaidOutByDccLayout_NoPositionFinding()
    {
        // Arrange
        var json = Flow(Say("Hi", "hi", "Hang up"), Disconnect());
        var laidOut = DesignerPositionWriter.Write(json, LayeredLayout.Compute(FlowParser.Parse(json).Value!));

        // Act
        var report = await LintFileAsync(laidOut);

        // Assert
        report.Findings.ShouldNotContain(f => f.Rule == LintRules.DesignerPositions);
    }

    private static async Task<LintReport> LintFileAsync(string json)
    {
        var file = Path.Combine(Path.GetTempPath(), $"dcc-positions-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json);
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
