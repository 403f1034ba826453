using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Cli.Project;

/// <summary>Finds the project a command run in <c>folder</c> uses: a dcc.yaml in the folder or a parent, else the folder's
/// <c>config/routing.yaml</c> and <c>config/instance.yaml</c> when present (with <c>flows/</c> and <c>scenarios/</c>), else the
/// shipped sample. The one owner of that rule: every command asks it (through <see cref="ProjectSession"/>).</summary>
internal static class ProjectDiscovery
{
    /// <summary>The project file's name.</summary>
    public const string ProjectFileName = "dcc.yaml";

    /// <summary>The project for <paramref name="folder"/>, or the findings that make its dcc.yaml unusable.</summary>
    /// <param name="folder">The current folder (<see cref="CliContext.WorkingDirectory"/>).</param>
    public static (DccProject? Project, IReadOnlyList<Diagnostic> Diagnostics) Discover(string folder)
    {
        // Parents are searched for dcc.yaml only, as git does for .git: a command run in flows/ still uses the project above it. The
        // config/ convention is checked in the current folder alone, so an unrelated folder higher up is never picked by accident.
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, ProjectFileName);
            if (File.Exists(file)) return ProjectFileReader.Read(file, Display(file, folder));
        }

        var conventional = ProjectFileReader.Defaults(new DccProject(ProjectSource.ConventionalFolder, Path.GetFullPath(folder)));
        return conventional.Routing is null && conventional.Instance is null
            ? (new DccProject(ProjectSource.ShippedSample, Path.GetFullPath(folder)), [])
            : (conventional, []);
    }

    /// <summary>A path as a message shows it: relative to <paramref name="folder"/> when under it (what the user would type), else absolute.</summary>
    internal static string Display(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }
}
