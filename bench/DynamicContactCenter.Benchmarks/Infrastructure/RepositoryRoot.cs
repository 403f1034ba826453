namespace DynamicContactCenter.Benchmarks;

/// <summary>Finds the repository root (the folder holding DynamicContactCenter.slnx) from the working directory or the program's folder.</summary>
internal static class RepositoryRoot
{
    private const string Marker = "DynamicContactCenter.slnx";

    /// <summary>An explicit root (bench/run.sh passes --repo); null searches.</summary>
    public static string? Override { get; set; }

    public static string Find()
    {
        if (Override is not null)
        {
            return Override;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, Marker)))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException($"No {Marker} above {Directory.GetCurrentDirectory()} or {AppContext.BaseDirectory}: run from the repository or pass --repo.");
    }
}
