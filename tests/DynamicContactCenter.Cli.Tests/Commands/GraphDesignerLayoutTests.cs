namespace DynamicContactCenter.Cli.Tests.Commands;

public sealed class GraphDesignerLayoutTests
{
    [Fact]
    public async Task Graph_MainFlowDesignerLayout_PinsEveryBlockAtItsStoredPosition()
    {
        // Arrange + Act
        var run = await DccRun.RunAsync("graph", "MainFlow", "--format", "dot", "--layout", "designer");

        // Assert: the entry point at 20,20 as console exports put it (y negated: DOT's y grows upwards), every block pinned.
        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("layout=neato;");
        run.Output.ShouldContain("pos=\"20,-20!\"");
        var blocks = run.Output.Split('\n').Count(l => l.TrimStart().StartsWith("f0_", StringComparison.Ordinal) && !l.Contains("->", StringComparison.Ordinal));
        run.Output.Split('\n').Count(l => l.Contains("pos=\"", StringComparison.Ordinal)).ShouldBe(blocks);
    }

    [Fact]
    public async Task Graph_DesignerLayoutOfFileWithoutPositions_ErrorNamesDccLayout()
    {
        // Arrange
        var file = Path.Combine(Path.GetTempPath(), $"dcc-graph-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """{"Version":"2019-10-30","StartAction":"Bye","Actions":[{"Identifier":"Bye","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}]}""");
        try
        {
            // Act
            var run = await DccRun.RunAsync("graph", file, "--format", "dot", "--layout", "designer");

            // Assert
            run.ExitCode.ShouldNotBe(0);
            run.Error.ShouldContain("no Metadata.entryPointPosition");
            run.Error.ShouldContain("run dcc layout " + file);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
