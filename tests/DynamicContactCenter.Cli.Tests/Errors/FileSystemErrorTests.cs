namespace DynamicContactCenter.Cli.Tests.Errors;

/// <summary>Issue #10 item 13: a path that cannot be read or written is bad input (exit 2) naming the path and the OS's reason, never a
/// stack trace; whatever command meets it.</summary>
public sealed class FileSystemErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-fs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Graph_OutputIsAFolder_ExitsTwoNamingTheFolderWithoutStackTrace()
    {
        // Act
        var run = await DccRun.RunAsync("graph", "MainFlow", "--output", _folder);

        // Assert
        run.ExitCode.ShouldBe(2, run.Error);
        run.Error.ShouldContain("DCC4602");
        run.Error.ShouldContain(_folder);
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Graph_OutputInAMissingFolder_ExitsTwoNamingThePath()
    {
        // Arrange
        var path = Path.Combine(_folder, "no-such-folder", "graph.dot");

        // Act
        var run = await DccRun.RunAsync("graph", "MainFlow", "--output", path);

        // Assert
        run.ExitCode.ShouldBe(2, run.Error);
        run.Error.ShouldContain(path);
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Invoke_EventIsAFolder_ExitsTwoNamingThePath()
    {
        // Act
        var run = await DccRun.RunAsync("invoke", "GetPrompts", "--event", _folder);

        // Assert
        run.ExitCode.ShouldBe(2, run.Error);
        run.Error.ShouldContain(_folder);
        run.Error.ShouldNotContain("   at ");
    }
}
