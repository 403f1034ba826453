namespace DynamicContactCenter.Cli.Tests.Commands;

/// <summary>Issue #10 item 13: flows that crashed <c>dcc graph</c> and passed <c>dcc lint</c> are input errors naming the problem.</summary>
public sealed class GraphHostileFlowTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-graph-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("""{"Version":"2019-10-30","StartAction":"A","Actions":[]}""", "DCC1067")]
    [InlineData("""{"Version":"2019-10-30","StartAction":"A","StartAction":"A","Actions":[{"Identifier":"A","Type":"DisconnectParticipant","Transitions":{}}]}""", "DCC1068")]
    [InlineData("""{"Version":"2019-10-30","StartAction":"A","Actions":[{"Identifier":"A","Type":"MessageParticipant","Parameters":{"Text":"\ud800"},"Transitions":{}}]}""", "DCC1069")]
    public async Task GraphAndLint_HostileFlowFile_ExitTwoWithTheCodeAndNoStackTrace(string json, string code)
    {
        // Arrange
        var path = Path.Combine(_folder, "Hostile.json");
        await File.WriteAllTextAsync(path, json);

        // Act
        var graph = await DccRun.RunAsync("graph", path, "--format", "mermaid");
        var lint = await DccRun.RunAsync("lint", path);

        // Assert
        graph.ExitCode.ShouldBe(ExitCodes.BadInput);
        (graph.Output + graph.Error).ShouldContain(code);
        (graph.Output + graph.Error).ShouldNotContain("   at ");
        lint.ExitCode.ShouldNotBe(ExitCodes.Ok);
        (lint.Output + lint.Error).ShouldContain("DCC5001 flow-shape"); // lint reports parser findings under its flow-shape rule
        (lint.Output + lint.Error).ShouldNotContain("   at ");
    }
}
