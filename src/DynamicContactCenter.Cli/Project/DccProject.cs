using DynamicContactCenter.Flows.Lint;

namespace DynamicContactCenter.Cli.Project;

/// <summary>The project a command runs on: the routing data, instance model, flows and scenarios it reads when no option names
/// them, and the team's lint configuration. Every path is absolute; null means the shipped sample's.</summary>
/// <param name="Source">Where the project came from.</param>
/// <param name="Root">The project folder: dcc.yaml's folder, else the current folder. Baselines and lint path globs are relative to it.</param>
internal sealed record DccProject(ProjectSource Source, string Root)
{
    /// <summary>The default lint baseline's file name, beside dcc.yaml.</summary>
    public const string BaselineFileName = ".dcc-lint-baseline.json";

    /// <summary>The dcc.yaml read, or null.</summary>
    public string? ProjectFile { get; init; }

    /// <summary>The routing.yaml, or null for the embedded sample.</summary>
    public string? Routing { get; init; }

    /// <summary>The instance.yaml, or null for the one shipped beside dcc.</summary>
    public string? Instance { get; init; }

    /// <summary>The folder of flow files, or null.</summary>
    public string? Flows { get; init; }

    /// <summary>The folder of scenario files, or null.</summary>
    public string? Scenarios { get; init; }

    /// <summary>The team's rule levels (<c>lint:</c> of dcc.yaml).</summary>
    public LintConfiguration Lint { get; init; } = LintConfiguration.None;

    /// <summary>The lint baseline <c>dcc lint</c> reads by default (it need not exist).</summary>
    public string BaselineFile => Path.Combine(Root, BaselineFileName);

    /// <summary>The conventional layout of a project folder (what <c>dcc init</c> writes, and what is looked for without dcc.yaml).</summary>
    internal static class Layout
    {
        public const string Routing = "config/routing.yaml";
        public const string Instance = "config/instance.yaml";
        public const string Flows = "flows";
        public const string Scenarios = "scenarios";
    }
}
