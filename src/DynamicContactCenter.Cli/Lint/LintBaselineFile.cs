using System.CommandLine;
using DynamicContactCenter.Cli.Project;
using DynamicContactCenter.Flows.Lint;
using Spectre.Console;

namespace DynamicContactCenter.Cli.Lint;

/// <summary><c>dcc lint</c>'s baseline options and file: <c>--write-baseline [FILE]</c> records the current findings, and a baseline
/// (<c>--baseline FILE</c>, else <c>.dcc-lint-baseline.json</c> in the project folder when it exists) hides the findings it knows.</summary>
internal sealed class LintBaselineFile
{
    /// <summary><c>--write-baseline [FILE]</c>.</summary>
    public Option<string?> Write { get; } = new("--write-baseline")
    {
        Description = $"Write the current findings to FILE (default: {DccProject.BaselineFileName} in the project folder) and exit 0; later runs fail only on findings not in it.",
        HelpName = "FILE",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary><c>--baseline FILE</c>.</summary>
    public Option<string?> Read { get; } = new("--baseline")
    {
        Description = $"The baseline of known findings to hide (default: {DccProject.BaselineFileName} in the project folder, when it exists).",
        HelpName = "FILE",
    };

    /// <summary>Whether the run writes a baseline instead of judging the findings.</summary>
    public bool Writing(ParseResult parseResult) => parseResult.GetResult(Write) is not null;

    /// <summary>Writes every finding of <paramref name="report"/> as the baseline and says where; exit 0.</summary>
    public async Task<int> WriteAsync(ParseResult parseResult, LintReport report, DccProject project, LintConfiguration configuration, CliContext context)
    {
        var path = parseResult.GetValue(Write) is { } given ? context.ResolvePath(given) : project.BaselineFile;
        await File.WriteAllTextAsync(path, LintBaseline.ToJson(report, configuration));
        context.Out.WriteLine($"wrote {report.Findings.Length} finding(s) to {ProjectDiscovery.Display(path, context.WorkingDirectory)}: dcc lint now fails only on new findings.");
        return ExitCodes.Ok;
    }

    /// <summary><paramref name="report"/> without the baseline's findings (unchanged without a baseline), or null with the reason
    /// written when the baseline cannot be read.</summary>
    public async Task<LintReport?> ApplyAsync(ParseResult parseResult, LintReport report, DccProject project, LintConfiguration configuration, CliContext context)
    {
        var given = parseResult.GetValue(Read);
        var path = given is null ? project.BaselineFile : context.ResolvePath(given);
        if (given is null && !File.Exists(path)) return report;
        var shown = ProjectDiscovery.Display(path, context.WorkingDirectory);
        if (!File.Exists(path))
        {
            await context.Error.WriteLineAsync(CliMessages.Format(ProjectMessages.BaselineUnreadable, shown, "there is no such file"));
            return null;
        }

        var (entries, problem) = LintBaseline.Parse(await File.ReadAllTextAsync(path));
        if (problem is not null)
        {
            await context.Error.WriteLineAsync(CliMessages.Format(ProjectMessages.BaselineUnreadable, shown, problem));
            return null;
        }

        return LintBaseline.Filter(report, entries, configuration);
    }
}
