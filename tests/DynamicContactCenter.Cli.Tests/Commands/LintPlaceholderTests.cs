using System.Text.Json;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Commands;

/// <summary><c>dcc lint FILE</c> on a flow whose <c>${Name}</c> placeholder has no value: every call would stop at that action, so
/// lint fails naming flow, action, field, the placeholder and the names it knows (issue #10 item 17).</summary>
public sealed class LintPlaceholderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-lint-placeholder-").FullName;

    [Fact]
    public async Task Lint_FlowFileWithUnknownPlaceholder_ExitsOneNamingFlowActionFieldPlaceholderAndKnownNames()
    {
        // Arrange
        var flow = File.ReadAllText(RepositoryPaths.Combine("flows", "InitFlow.json"))
            .Replace("${GetLambdasArn}", "${NoSuchArn}", StringComparison.Ordinal);
        var path = Path.Combine(_folder, "InitFlow.json");
        File.WriteAllText(path, flow);

        // Act
        var run = await DccRun.RunAsync("lint", path, "--json");

        // Assert
        run.ExitCode.ShouldBe(1, run.Output + run.Error);
        using var document = JsonDocument.Parse(run.Output);
        var finding = document.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "DCC5019");
        finding.GetProperty("severity").GetString().ShouldBe("error");
        finding.GetProperty("file").GetString().ShouldBe(path);
        finding.GetProperty("flow").GetString().ShouldBe("InitFlow");
        finding.GetProperty("action").GetString().ShouldBe("Get environment functions");
        finding.GetProperty("field").GetString().ShouldBe("Parameters.LambdaFunctionARN");
        var message = finding.GetProperty("message").GetString()!;
        message.ShouldContain("${NoSuchArn}");
        message.ShouldContain("GetLambdasArn");
        message.ShouldContain("LanguageFlowArn");
    }

    [Fact]
    public async Task Lint_FlowFileWithKnownPlaceholders_HasNoPlaceholderFinding()
    {
        // Arrange
        var path = Path.Combine(_folder, "InitFlow.json");
        File.WriteAllText(path, File.ReadAllText(RepositoryPaths.Combine("flows", "InitFlow.json")));

        // Act
        var run = await DccRun.RunAsync("lint", path, "--json");

        // Assert
        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.GetProperty("findings").EnumerateArray().ShouldNotContain(f => f.GetProperty("ruleId").GetString() == "DCC5019");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
