using System.Text.Json;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Commands;

public sealed class LintCommandTests
{
    [Fact]
    public async Task Lint_ShippedFlowsAndData_ExitsZeroWithNoFindings()
    {
        // Arrange + Act
        var run = await DccRun.RunAsync("lint");

        // Assert
        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.Output.ShouldContain("No findings in 4 flow(s)");
    }

    [Fact]
    public async Task Lint_RepositoryInstanceAndRouting_JsonHasNoFindingsAndWalksEveryCase()
    {
        // Arrange + Act: the repository's config/instance.yaml and the routing.yaml beside it, checked against the real handlers.
        var run = await DccRun.RunAsync("lint", "--instance", RepositoryPaths.Combine("config", "instance.yaml"), "--json");

        // Assert
        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.GetProperty("errors").GetInt32().ShouldBe(0);
        document.RootElement.GetProperty("findings").GetArrayLength().ShouldBe(0);
        document.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.GetString()).ShouldContain("+14443332222 (French, dev)");
    }

    [Fact]
    public async Task Lint_SeededDanglingTransition_ExitsOneWithRuleFileActionAndFix()
    {
        // Arrange
        using var folder = new TempFolder();
        var flow = File.ReadAllText(RepositoryPaths.Combine("flows", "MainFlow.json"))
            .Replace("\"NextAction\": \"Check hours\"", "\"NextAction\": \"Check the hours\"", StringComparison.Ordinal);
        var path = folder.Write("MainFlow.json", flow);

        // Act
        var run = await DccRun.RunAsync("lint", path, "--json");

        // Assert
        run.ExitCode.ShouldBe(1, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        var finding = document.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "DCC5006");
        finding.GetProperty("file").GetString().ShouldBe(path);
        finding.GetProperty("action").GetString().ShouldBe("Check staffing");
        finding.GetProperty("source").GetString().ShouldBe("DCC3009");
        finding.GetProperty("fix").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Lint_SeededRoutingDefect_ExitsOneNamingFileLineAndKey()
    {
        // Arrange
        using var folder = new TempFolder();
        var yaml = File.ReadAllText(RepositoryPaths.RoutingYaml).Replace("    voice: Lupe", "    voice: Robot", StringComparison.Ordinal);
        var path = folder.Write("routing.yaml", yaml);

        // Act
        var run = await DccRun.RunAsync("lint", "--routing", path);

        // Assert
        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain("error DCC5104 routing-voice-exists " + path + ":");
        run.Output.ShouldContain("fix: Use a Polly voice name");
    }

    [Fact]
    public async Task Lint_PromptWithAmpersandPutInsideSsml_ExitsOneWithSsmlFinding()
    {
        // Arrange: a flow that plays the intro as SSML, and data whose organisation has a bare &.
        using var folder = new TempFolder();
        folder.Write("InitFlow.json", File.ReadAllText(RepositoryPaths.Combine("flows", "InitFlow.json")));
        folder.Write("MainFlow.json", File.ReadAllText(RepositoryPaths.Combine("flows", "MainFlow.json")));
        folder.Write("LanguageFlow.json", File.ReadAllText(RepositoryPaths.Combine("flows", "LanguageFlow.json"))
            .Replace("\"Text\": \"$.External.introPrompt\"", "\"SSML\": \"<speak>$.External.introPrompt</speak>\"", StringComparison.Ordinal));
        var routing = folder.Write("routing.yaml", File.ReadAllText(RepositoryPaths.RoutingYaml)
            .Replace("organisation: Alpha to Zulu Corp", "organisation: Smith & Sons", StringComparison.Ordinal));

        // Act
        var run = await DccRun.RunAsync("lint", folder.Path, "--routing", routing, "--json");

        // Assert
        run.ExitCode.ShouldBe(1, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        var finding = document.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "DCC5203");
        finding.GetProperty("action").GetString().ShouldBe("Play intro prompt");
        finding.GetProperty("message").GetString()!.ShouldContain("+14443331111 (Spanish, prod)");
    }

    [Theory]
    [InlineData("no-such-flow.json")]
    [InlineData("--routing", "no-such-routing.yaml")]
    public async Task Lint_MissingInput_ExitsTwoNamingIt(params string[] args)
    {
        // Arrange + Act
        var run = await DccRun.RunAsync(["lint", .. args]);

        // Assert
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("no-such-");
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("dcc-lint-").FullName;

        public string Write(string name, string text)
        {
            var file = System.IO.Path.Combine(Path, name);
            File.WriteAllText(file, text);
            return file;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
