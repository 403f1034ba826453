using System.Text.Json;

namespace DynamicContactCenter.Cli.Tests.Commands;

public sealed class InvokeCommandTests
{
    [Fact]
    public async Task Invoke_GetDynAttributesForSpanishNumber_PrintsSpanishRowFoldedIntoSessionAttributes()
    {
        // Act
        var run = await DccRun.RunAsync("invoke", "GetDynAttributes", "--number", "+14443331111");

        // Assert
        run.ExitCode.ShouldBe(0, run.Error);
        using var response = JsonDocument.Parse(run.Output);
        var root = response.RootElement;
        root.GetProperty("language").GetString().ShouldBe("Spanish");
        root.GetProperty("name").GetString().ShouldBe("Spanish line");
        root.GetProperty("queue").GetString().ShouldEndWith("/queue/aaaaaaaa-0000-0000-0000-000000000002");
        using var session = JsonDocument.Parse(root.GetProperty("sessionAttributes").GetString()!);
        session.RootElement.GetProperty("language").GetString().ShouldBe("Spanish");
        session.RootElement.GetProperty("environment").GetString().ShouldBe("prod");
    }

    [Fact]
    public async Task Invoke_GetPromptsWithLanguage_PrintsThatLanguagesVoiceAndPrompts()
    {
        var run = await DccRun.RunAsync("invoke", "GetPrompts", "--language", "French");

        run.ExitCode.ShouldBe(0, run.Error);
        using var response = JsonDocument.Parse(run.Output);
        response.RootElement.GetProperty("voice").GetString().ShouldBe("Chantal");
        response.RootElement.GetProperty("languageCode").GetString().ShouldBe("fr-CA");
        response.RootElement.GetProperty("introPrompt").GetString()!.ShouldContain("Alpha to Zulu Corp");
    }

    [Fact]
    public async Task Invoke_GetPromptsInFrench_PrintsIndentedWithAccentsAsWritten()
    {
        // Act
        var run = await DccRun.RunAsync("invoke", "GetPrompts", "--language", "French");

        // Assert: the source-generated writer keeps the settings people read (indented, accents not escaped).
        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldStartWith("{\n  \"");
        run.Output.ShouldContain("Merci d'avoir appelé");
        run.Output.ShouldContain("États-Unis");
        run.Output.ShouldNotContain("\\u00");
    }

    [Fact]
    public async Task Invoke_UnknownNumber_AnswersWithDefaultRow()
    {
        var run = await DccRun.RunAsync("invoke", "GetDynAttributes", "--number", "+19998887777");

        run.ExitCode.ShouldBe(0, run.Error);
        using var response = JsonDocument.Parse(run.Output);
        response.RootElement.GetProperty("name").GetString().ShouldBe("Main line");
        response.RootElement.GetProperty("language").GetString().ShouldBe("English");
    }

    [Fact]
    public async Task Invoke_UnknownFunction_ExitsTwoNamingTheFunction()
    {
        var run = await DccRun.RunAsync("invoke", "GetWeather");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("'GetWeather' is not a function");
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task Invoke_MissingEventFile_ExitsTwoNamingTheFile()
    {
        var run = await DccRun.RunAsync("invoke", "GetPrompts", "--event", "no-such-event.json");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("no-such-event.json");
    }

    [Fact]
    public async Task Invoke_EventThatIsNotJson_ExitsOneWithTheFunctionsError()
    {
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, "this is not json");
        try
        {
            var run = await DccRun.RunAsync("invoke", "GetDynAttributes", "--event", path);

            run.ExitCode.ShouldBe(1);
            run.Error.ShouldContain("GetDynAttributes failed");
            run.Error.ShouldContain("JSON");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Invoke_UnknownOption_ExitsTwoWithUsageHint()
    {
        var run = await DccRun.RunAsync("invoke", "GetPrompts", "--colour", "blue");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--colour");
        run.Error.ShouldContain("dcc invoke --help");
    }

    [Fact]
    public async Task Invoke_RoutingFileWithErrors_ExitsTwoListingFileAndProblem()
    {
        var path = Path.Combine(Path.GetTempPath(), $"routing-{Guid.NewGuid():N}.yaml");
        var yaml = await File.ReadAllTextAsync(Path.Combine(Testing.RepositoryPaths.Root, "config", "routing.yaml"));
        await File.WriteAllTextAsync(path, yaml.Replace("\"+14443331111\":", "\"14443331111\":", StringComparison.Ordinal));
        try
        {
            var run = await DccRun.RunAsync("invoke", "GetDynAttributes", "--routing", path);

            run.ExitCode.ShouldBe(2);
            run.Error.ShouldContain(path);
            run.Error.ShouldContain("14443331111");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
