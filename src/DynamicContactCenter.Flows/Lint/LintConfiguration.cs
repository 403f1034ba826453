using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>A team's lint configuration (<c>lint:</c> in dcc.yaml): a level per rule, and per path glob. <see cref="FlowLinter"/>
/// applies it to every finding, so the report, its counts and the exit code all see the same levels.</summary>
/// <remarks>A path setting wins over a rule setting, and a later path entry over an earlier one: the more specific glob is
/// written below the general one, as in .editorconfig.</remarks>
public sealed record LintConfiguration
{
    /// <summary>No settings: every rule at its default severity.</summary>
    public static LintConfiguration None { get; } = new();

    /// <summary>The folder path globs are relative to (dcc.yaml's folder); null matches globs against the file as named.</summary>
    public string? Root { get; init; }

    /// <summary>Rule id → level everywhere.</summary>
    public ImmutableDictionary<string, LintLevel> Rules { get; init; } = ImmutableDictionary<string, LintLevel>.Empty;

    /// <summary>Rule levels per path glob, in the order written.</summary>
    public ImmutableArray<LintPathSettings> Paths { get; init; } = [];

    /// <summary>The finding at its configured level, or null when its rule is off for its file.</summary>
    /// <param name="finding">A finding at its rule's default severity.</param>
    public LintFinding? Apply(LintFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        LintLevel? level = Rules.TryGetValue(finding.Rule.Id, out var ruleLevel) ? ruleLevel : null;
        if (finding.Location.File is { } file && !Paths.IsEmpty)
        {
            var relative = RelativePath(file);
            foreach (var path in Paths)
            {
                if (path.Rules.TryGetValue(finding.Rule.Id, out var pathLevel) && path.Matches(relative)) level = pathLevel;
            }
        }

        return level switch
        {
            null => finding,
            LintLevel.Off => null,
            LintLevel.Warning => finding with { Diagnostic = finding.Diagnostic with { Severity = Routing.Diagnostics.Severity.Warning } },
            _ => finding with { Diagnostic = finding.Diagnostic with { Severity = Routing.Diagnostics.Severity.Error } },
        };
    }

    /// <summary><paramref name="file"/> relative to <see cref="Root"/> with <c>/</c> separators (as globs and baselines name files).</summary>
    /// <param name="file">A file a finding names.</param>
    public string RelativePath(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var relative = Root is null || !Path.IsPathRooted(file) ? file : Path.GetRelativePath(Root, file);
        return relative.Replace('\\', '/');
    }
}
