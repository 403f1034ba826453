using Spectre.Console;

namespace DynamicContactCenter.Cli.Rendering;

/// <summary>
/// The one rule for how wide output is: on a terminal (<see cref="CliContext.TerminalWidth"/> set) transcripts and tables wrap at
/// its width and long commands show live progress; piped or redirected, nothing wraps (one event per line, whole tokens, no
/// padding at line ends) so <c>grep</c> finds a whole ARN, and no progress is drawn.
/// </summary>
/// <remarks>
/// <see cref="Apply"/> writes the decision onto the console's profile width once per run; renderers that get only the console ask
/// <see cref="Wraps"/> (that width) instead of guessing from ANSI support (colour can be forced on in a pipe, and a terminal can be
/// monochrome) or from <c>Interactive</c>, which is about the keyboard (may dcc ask "Apply these changes?"), not about stdout.
/// </remarks>
internal static class TerminalOutput
{
    /// <summary>The width a piped console gets: wider than any line dcc writes, so Spectre never breaks one.</summary>
    public const int UnwrappedWidth = 1 << 16;

    /// <summary>Sets the console's width and interactivity from <paramref name="context"/>'s terminal decision.</summary>
    public static void Apply(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Out.Profile.Width = context.TerminalWidth is > 0 and var width ? width : UnwrappedWidth;
    }

    /// <summary>Whether output to <paramref name="console"/> goes to a terminal (wrap, draw progress) rather than a pipe or file.</summary>
    public static bool Wraps(IAnsiConsole console) => console.Profile.Width != UnwrappedWidth;
}
