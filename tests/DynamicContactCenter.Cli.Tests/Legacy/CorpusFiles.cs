using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Legacy;

/// <summary>The files of tests/corpus (real exported flows, listed in tests/corpus/INDEX.md): everything there except the index and the
/// licence texts kept beside the files.</summary>
internal static class CorpusFiles
{
    public static string Root { get; } = RepositoryPaths.Combine("tests", "corpus");

    public static IReadOnlyList<string> All { get; } = Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
        .Where(f => Path.GetFileName(f) is not ("INDEX.md" or "LICENSE" or "LICENSE.txt"))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The file's path under tests/corpus, with forward slashes: how INDEX.md and docs/corpus.md name it.</summary>
    public static string Relative(string file) => Path.GetRelativePath(Root, file).Replace('\\', '/');

    /// <summary>A 2018–2020 export (<c>modules</c>) rather than flow language; the corpus figures count the two apart.</summary>
    public static bool IsLegacy(string file) => File.ReadAllText(file).Contains("\"modules\"", StringComparison.Ordinal);
}
