using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Project;

/// <summary>A temporary project folder, and <c>dcc</c> run in it (or a folder below it) the way a shell in that folder would.</summary>
internal sealed class ProjectFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("dcc-project-").FullName;

    /// <summary>Writes <paramref name="text"/> to <paramref name="relative"/> (folders created) and returns the full path.</summary>
    public string Write(string relative, string text)
    {
        var path = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The repository's routing.yaml with one prompt voice that does not exist: a defect lint reports (DCC5104).</summary>
    public static string BrokenRouting() =>
        File.ReadAllText(RepositoryPaths.RoutingYaml).Replace("    voice: Lupe", "    voice: Robot", StringComparison.Ordinal);

    /// <summary>Runs dcc with <paramref name="args"/> in this folder.</summary>
    public Task<DccRun> RunAsync(params string[] args) => RunInAsync("", args);

    /// <summary>Runs dcc in the folder <paramref name="below"/> (created) inside this one.</summary>
    public async Task<DccRun> RunInAsync(string below, params string[] args)
    {
        var folder = System.IO.Path.Combine(Path, below);
        Directory.CreateDirectory(folder);
        return await DccRun.RunInAsync(folder, args);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
