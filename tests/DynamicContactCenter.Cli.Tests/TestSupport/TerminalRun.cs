using Spectre.Console.Testing;

namespace DynamicContactCenter.Cli.Tests.TestSupport;

/// <summary>Runs <c>dcc</c> in-process as on a terminal of a given width (ANSI, interactive) or piped (width null): how the progress tests
/// see what a person at a terminal sees and what a log gets.</summary>
internal static class TerminalRun
{
    /// <summary>The exit code and what was written to stdout.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string[] args, int? terminalWidth)
    {
        var console = new TestConsole().Width(120).Interactive();
        console.Profile.Capabilities.Ansi = terminalWidth is not null;
        using var error = new StringWriter();
        var context = new CliContext(console, error, _ => null, Directory.GetCurrentDirectory()) { TerminalWidth = terminalWidth };
        var exitCode = await DccApp.RunAsync(args, context, CancellationToken.None);
        return (exitCode, console.Output);
    }
}
