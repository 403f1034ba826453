using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Project;

/// <summary><c>dcc init</c> scaffolds a project that the other commands then use (issue #14, "Project discovery").</summary>
[Trait("Issue", "14")]
public sealed class InitCommandTests
{
    /// <summary>A real export (legacy format): a Lambda by literal ARN, a queue by literal ARN, menus and transfers to other flows.</summary>
    private static readonly string CorpusFlow = RepositoryPaths.Combine("tests", "corpus", "amazon-connect-snippets", "projects", "ContextRouting", "ContactFlows",
        "001 Context Tracking - Main");

    /// <summary>The warnings of references the instance model lacks: function, queue, hours, placeholder and module stubs.</summary>
    private static readonly string[] StubCodes = ["DCC3370", "DCC3372", "DCC3376", "DCC3378", "DCC3379"];

    [Fact]
    public async Task Init_EmptyFolder_WritesTheSampleProjectWhoseScenariosPass()
    {
        // Arrange
        using var sut = new ProjectFolder();

        // Act
        var init = await sut.RunAsync("init", "shop");
        var test = await sut.RunInAsync("shop", "test");

        // Assert
        init.ExitCode.ShouldBe(0, init.Output + init.Error);
        File.ReadAllText(Path.Combine(sut.Path, "shop", "config", "routing.yaml")).ShouldBe(File.ReadAllText(RepositoryPaths.RoutingYaml));
        test.ExitCode.ShouldBe(0, test.Output + test.Error);
        test.Output.ShouldContain(" passed, 0 failed");
        test.Error.ShouldContain("using dcc.yaml: routing config/routing.yaml, instance config/instance.yaml, flows flows/, scenarios scenarios/");
    }

    [Fact]
    public async Task Init_FilesExist_RefusesNamingThemAndWritesNothing()
    {
        // Arrange
        using var sut = new ProjectFolder();
        sut.Write("config/routing.yaml", "# ours\n");

        // Act
        var run = await sut.RunAsync("init");

        // Assert
        run.ExitCode.ShouldBe(2, run.Output + run.Error);
        run.Error.ShouldContain("error DCC4638: dcc init writes no file over an existing one, and these exist in '.': config/routing.yaml;");
        File.Exists(Path.Combine(sut.Path, "dcc.yaml")).ShouldBeFalse();
        File.ReadAllText(Path.Combine(sut.Path, "config", "routing.yaml")).ShouldBe("# ours\n");
    }

    [Fact]
    public async Task Init_FromCorpusFlow_CallRunsWithNoStubForWhatInitWrote()
    {
        // Arrange
        using var sut = new ProjectFolder();
        var init = await sut.RunAsync("init", "--from", CorpusFlow);

        // Act: press 0 for an agent: the Lambda, the queue and its hours are all on this path.
        var run = await sut.RunAsync("call", "+14443331111", "--flow", "flows/001 Context Tracking - Main.json", "--input", "0", "--at", "2026-11-24T10:00-05:00");

        // Assert
        init.ExitCode.ShouldBe(0, init.Output + init.Error);
        var instance = File.ReadAllText(Path.Combine(sut.Path, "config", "instance.yaml"));
        instance.ShouldContain("arn:aws:lambda:us-west-2:203194266022:function:ContextTrackerCheck");
        instance.ShouldContain("queue/5da4ade0-e861-4805-987d-1d0b00fa9b9e");
        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.Output.ShouldContain("ContextTrackerCheck");
        run.Output.ShouldContain("Outcome: queued");
        foreach (var code in StubCodes) run.Error.ShouldNotContain(code);
    }

    [Fact]
    public async Task Init_FromMissingFlow_ExitsTwoNamingIt()
    {
        // Arrange
        using var sut = new ProjectFolder();

        // Act
        var run = await sut.RunAsync("init", "--from", "exports/Main.json");

        // Assert
        run.ExitCode.ShouldBe(2, run.Output + run.Error);
        run.Error.ShouldContain("error DCC4639: --from 'exports/Main.json' cannot be used: there is no such file");
        File.Exists(Path.Combine(sut.Path, "dcc.yaml")).ShouldBeFalse();
    }
}
