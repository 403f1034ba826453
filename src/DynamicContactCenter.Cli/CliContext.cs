using Spectre.Console;

namespace DynamicContactCenter.Cli;

/// <summary>Everything a command reads from or writes to the outside world, so commands can be run in tests.</summary>
/// <param name="Out">Where results go (transcripts, responses).</param>
/// <param name="Error">Where diagnostics and errors go.</param>
/// <param name="Environment">Reads an environment variable (null when unset).</param>
/// <param name="WorkingDirectory">Relative paths given on the command line resolve against this folder.</param>
internal sealed record CliContext(IAnsiConsole Out, TextWriter Error, Func<string, string?> Environment, string WorkingDirectory)
{
    /// <summary>The clock every command reads "now" from (the default <c>--at</c>), so a test can fix it; the system clock unless set.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Resolves a path given by the user against <see cref="WorkingDirectory"/>.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>Writes text to the output as is: no markup, no wrapping at the console width (JSON must stay machine-readable).</summary>
    public void WriteRaw(string text)
    {
        WroteResult = true;
        Out.Profile.Out.Writer.WriteLine(text);
    }

    /// <summary>True once a command wrote its result with <see cref="WriteRaw"/>: with <c>--json</c> that document is the run's one
    /// document, and no error document is added after it.</summary>
    public bool WroteResult { get; private set; }

    /// <summary>The terminal's width in columns when stdout is a terminal; null when it is piped or redirected, and then nothing wraps
    /// (<see cref="Rendering.TerminalOutput"/>). Set by Program from the real console, by a test as it likes.</summary>
    public int? TerminalWidth { get; init; }

    /// <summary>The project this run reads when no option names a file (dcc.yaml, ./config or the shipped sample), found on first use.</summary>
    public Project.ProjectSession ProjectSession { get; init; } = new();
}
