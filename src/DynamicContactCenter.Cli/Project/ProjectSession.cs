using DynamicContactCenter.Cli.Calls;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Cli.Project;

/// <summary>The project of one <c>dcc</c> run: discovered on first use (a command that reads no project, such as <c>dcc init</c>,
/// never looks), and announced once on stderr with the files the command uses (<c>--quiet</c> drops the line).</summary>
/// <remarks>One per run, shared by every copy of the run's <see cref="CliContext"/>; <see cref="DccApp"/> tells it, once the command
/// line is parsed, which inputs an option named instead, so the line says what is really read.</remarks>
internal sealed class ProjectSession
{
    private (DccProject? Project, IReadOnlyList<Diagnostic> Diagnostics)? _discovered;
    private bool _announced;
    private bool _quiet;
    private IReadOnlyDictionary<string, string> _explicit = new Dictionary<string, string>();
    private TextWriter? _announceTo;

    /// <summary>Called by <see cref="DccApp"/> after parsing: whether <c>--quiet</c> was given, the inputs options named (input
    /// name such as <c>routing</c> → how the line shows it), and where the line goes.</summary>
    /// <param name="quiet">Drop the line.</param>
    /// <param name="explicitInputs">The inputs options named.</param>
    /// <param name="announceTo">stderr as the user sees it: with <c>--json</c> the command's error writer also records lines for the
    /// error document, and the line is information, not an error.</param>
    internal void Configure(bool quiet, IReadOnlyDictionary<string, string> explicitInputs, TextWriter announceTo)
    {
        _quiet = quiet;
        _explicit = explicitInputs;
        _announceTo = announceTo;
    }

    /// <summary>Records that the command reads <paramref name="input"/> (e.g. <c>routing</c>) from a file its arguments name, shown as
    /// <paramref name="shown"/>: for a command whose argument, not an option, replaces a project file (<c>dcc config plan FILE</c>).</summary>
    public void Reads(string input, string shown) =>
        _explicit = new Dictionary<string, string>(_explicit, StringComparer.Ordinal) { [input] = shown };

    /// <summary>The discovered project without announcing it (for an option's parse-time check), or null when dcc.yaml is unusable.</summary>
    public DccProject? Peek(CliContext context) => Discovered(context).Project;

    /// <summary>The project, announced on stderr the first time; null (with every finding written) when dcc.yaml is unusable.</summary>
    public async Task<DccProject?> OpenAsync(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (project, diagnostics) = Discovered(context);
        if (_announced) return project;
        _announced = true;
        foreach (var diagnostic in diagnostics) await context.Error.WriteLineAsync(diagnostic.ToString());
        if (project is not null && !_quiet) await (_announceTo ?? context.Error).WriteLineAsync(UsedFilesLine(project, context.WorkingDirectory));
        return project;
    }

    /// <summary>The one line naming the files a command reads, e.g. <c>using dcc.yaml: routing config/routing.yaml, instance
    /// config/instance.yaml, flows flows/</c>; an input an option named shows as that option's value.</summary>
    internal string UsedFilesLine(DccProject project, string folder)
    {
        var source = project.Source switch
        {
            ProjectSource.ProjectFile => ProjectDiscovery.Display(project.ProjectFile!, folder),
            ProjectSource.ConventionalFolder => "./config",
            _ => "the shipped sample (no dcc.yaml here or above, no ./config)",
        };
        var parts = new List<string>
        {
            "routing " + (Given("routing") ?? (project.Routing is { } r ? ProjectDiscovery.Display(r, folder) : "routing.yaml (embedded sample)")),
            "instance " + (Given("instance") ?? ProjectDiscovery.Display(project.Instance ?? DefaultCallData.InstanceFile, folder)),
        };
        if (project.Flows is { } flows) parts.Add($"flows {ProjectDiscovery.Display(flows, folder)}/");
        if (project.Scenarios is { } scenarios) parts.Add($"scenarios {ProjectDiscovery.Display(scenarios, folder)}/");
        // When options name both files, the project supplies nothing the line needs to credit it with.
        return Given("routing") is not null && Given("instance") is not null && project.Flows is null && project.Scenarios is null
            ? $"using {string.Join(", ", parts)}"
            : $"using {source}: {string.Join(", ", parts)}";
    }

    private string? Given(string input) => _explicit.TryGetValue(input, out var shown) ? shown : null;

    private (DccProject? Project, IReadOnlyList<Diagnostic> Diagnostics) Discovered(CliContext context) =>
        _discovered ??= ProjectDiscovery.Discover(context.WorkingDirectory);
}
