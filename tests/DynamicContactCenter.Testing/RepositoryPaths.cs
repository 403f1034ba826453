namespace DynamicContactCenter.Testing;

/// <summary>Finds files of the repository (config/, flows/, scenarios/, ...) from a test's output folder.</summary>
public static class RepositoryPaths
{
    /// <summary>The file that marks the repository root.</summary>
    public const string SolutionFileName = "DynamicContactCenter.slnx";

    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root: the nearest folder above the test binaries that holds <see cref="SolutionFileName"/>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>A path under the repository root, e.g. <c>Combine("config", "routing.yaml")</c>.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The shipped routing data: config/routing.yaml.</summary>
    public static string RoutingYaml => Combine("config", "routing.yaml");

    /// <summary>The config/ folder.</summary>
    public static string Config => Combine("config");

    /// <summary>The flows/ folder.</summary>
    public static string Flows => Combine("flows");

    /// <summary>The scenarios/ folder.</summary>
    public static string Scenarios => Combine("scenarios");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No folder above {AppContext.BaseDirectory} holds {SolutionFileName}; run the tests from inside the repository.");
    }
}
