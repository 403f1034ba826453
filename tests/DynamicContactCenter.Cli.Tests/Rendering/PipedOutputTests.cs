using Spectre.Console.Testing;

namespace DynamicContactCenter.Cli.Tests.Rendering;

/// <summary>Issue #14, "output that does not pipe": piped, a transcript is one event per line with whole tokens and no trailing spaces;
/// on a terminal it wraps at the terminal's width. The decision is <see cref="CliContext.TerminalWidth"/>.</summary>
public sealed class PipedOutputTests
{
    private const string FrenchQueueArn = "arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-0000-0000-0000-000000000003";

    private static readonly string[] FrenchCall = ["call", "+14443332222", "--at", "2026-11-24T10:00:00-05:00"];

    /// <summary>Runs dcc as a shell would with stdout a pipe (<paramref name="terminalWidth"/> null) or a terminal that wide. The
    /// console starts 80 wide, as Spectre assumes for a redirected stream.</summary>
    private static async Task<(int ExitCode, string[] Lines)> RunAsync(int? terminalWidth, params string[] args)
    {
        var console = new TestConsole().Width(80);
        console.Profile.Capabilities.Ansi = false;
        using var error = new StringWriter();
        var context = new CliContext(console, error, _ => null, Directory.GetCurrentDirectory()) { TerminalWidth = terminalWidth };
        var exitCode = await DccApp.RunAsync(args, context, CancellationToken.None);
        return (exitCode, console.Output.Split('\n'));
    }

    [Fact]
    public async Task Call_Piped_OneEventPerLineWithWholeArnsAndNoTrailingSpaces()
    {
        // Act
        var (exitCode, lines) = await RunAsync(null, FrenchCall);

        // Assert
        exitCode.ShouldBe(0);
        lines.ShouldAllBe(line => line == line.TrimEnd());
        lines.ShouldContain($"  queue     working queue French ({FrenchQueueArn})");
        lines.ShouldContain(line => line.StartsWith("  says      [Chantal, fr-CA] \"Merci d'avoir appelé Alpha to Zulu Corp,", StringComparison.Ordinal)
            && line.EndsWith("au Canada et au Mexique.\"", StringComparison.Ordinal));
        lines.ShouldContain($"Outcome: queued in French ({FrenchQueueArn})");
    }

    [Fact]
    public async Task Call_OnATerminal_WrapsAtTheTerminalsWidth()
    {
        // Act
        var (exitCode, lines) = await RunAsync(60, FrenchCall);

        // Assert: nothing wider than the terminal, and the long French intro continues on a line of its own.
        exitCode.ShouldBe(0);
        lines.ShouldAllBe(line => line.TrimEnd().Length <= 60);
        lines.ShouldContain(line => line.StartsWith("  says      [Chantal, fr-CA] \"Merci", StringComparison.Ordinal) && !line.Contains("Mexique", StringComparison.Ordinal));
    }
}
