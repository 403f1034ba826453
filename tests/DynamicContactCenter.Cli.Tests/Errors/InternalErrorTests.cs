using System.Text.Json;
using DynamicContactCenter.Cli;
using Spectre.Console.Testing;

namespace DynamicContactCenter.Cli.Tests.Errors;

/// <summary>Issue #10 item 13: an exception no command expected (a bug) ends the run with one "internal error" line, a hint and exit
/// 70, never a stack trace; with --json as the one error document.</summary>
public sealed class InternalErrorTests
{
    /// <summary>Runs dcc with an environment whose every read throws: a stand-in for any bug below the command.</summary>
    private static async Task<DccRun> RunWithBrokenEnvironmentAsync(params string[] args)
    {
        var console = new TestConsole().Width(200);
        console.Profile.Capabilities.Ansi = false;
        using var error = new StringWriter();
        var context = new CliContext(console, error, name => throw new InvalidOperationException($"environment read of {name} failed"), Directory.GetCurrentDirectory());
        var exitCode = await DccApp.RunAsync(args, context, CancellationToken.None);
        return new DccRun(exitCode, console.Output, error.ToString());
    }

    [Fact]
    public async Task Call_UnexpectedException_OneInternalErrorLineAndExit70()
    {
        // Act
        var run = await RunWithBrokenEnvironmentAsync("call", "+14443331111", "--store", "dynamodb", "--endpoint-url", "http://127.0.0.1:1", "--quiet");

        // Assert
        run.ExitCode.ShouldBe(70, run.Error);
        run.Error.ShouldStartWith("error DCC4603: internal error: System.InvalidOperationException: environment read of");
        run.Error.ShouldContain("hint: this is a bug in dcc");
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Call_UnexpectedExceptionWithJson_IsTheErrorDocument()
    {
        // Act
        var run = await RunWithBrokenEnvironmentAsync("call", "+14443331111", "--json", "--store", "dynamodb", "--endpoint-url", "http://127.0.0.1:1");

        // Assert
        run.ExitCode.ShouldBe(70);
        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.GetProperty("error").GetProperty("code").GetString().ShouldBe("DCC4603");
    }
}
