using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Rendering;

/// <summary>JSON a command prints never carries a raw C1 control: U+009B is CSI, which a terminal or CI log runs as an escape
/// sequence just like ESC [. <c>dcc lint --json</c> and <c>dcc invoke</c> escape C1 as they escape C0 (issue #10 item 4).</summary>
/// <remarks>Both already hold on the code this was written against: System.Text.Json's encoders (UnsafeRelaxedJsonEscaping
/// included) always escape the Unicode Cc category, C1 too. These tests pin that, so a hand-written writer or another encoder
/// cannot lose it unnoticed.</remarks>
public sealed class C1ControlJsonTests : IDisposable
{
    private const char Csi = '\u009B';

    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-c1-").FullName;

    [Fact]
    public async Task LintJson_ActionIdentifierHoldingCsi_PrintsItEscaped()
    {
        // Arrange: an unreachable action whose Identifier holds CSI 2K (erase line).
        var flow = File.ReadAllText(RepositoryPaths.Combine("flows", "MainFlow.json"))
            .Replace("\"Actions\": [", "\"Actions\": [\n    { \"Identifier\": \"Hidden" + Csi + "2K\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} },", StringComparison.Ordinal);
        var path = Path.Combine(_folder, "MainFlow.json");
        File.WriteAllText(path, flow);

        // Act
        var run = await DccRun.RunAsync("lint", path, "--json");

        // Assert
        run.Output.ShouldContain("Hidden\\u009B2K");
        run.Output.ShouldNotContain(Csi.ToString());
    }

    [Fact]
    public async Task Invoke_ParameterHoldingCsi_PrintsResponseEscaped()
    {
        // Act: GetLambdas echoes its parameters in the response (perpetual session attributes).
        var run = await DccRun.RunAsync("invoke", "GetLambdas", "--parameter", "note=A" + Csi + "2K");

        // Assert
        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("A\\u009B2K");
        run.Output.ShouldNotContain(Csi.ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
