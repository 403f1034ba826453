using System.Text;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.TestSupport;

/// <summary>The shipped config/routing.yaml with extra dialed numbers written into a test's folder: the one way the lint, matrix and
/// apply tests make "the sample plus these numbers".</summary>
internal static class SampleRoutingFile
{
    /// <summary>The sample's English queue, modelled in config/instance.yaml.</summary>
    public const string EnglishQueue = "arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-0000-0000-0000-000000000001";

    /// <summary>Writes <c>routing.yaml</c> into <paramref name="folder"/>: the sample with <paramref name="numbers"/> (English) first.</summary>
    public static string WithNumbers(string folder, params (string Number, string Name, string Queue)[] numbers)
    {
        var extra = new StringBuilder("dialedNumbers:\n");
        foreach (var (number, name, queue) in numbers) extra.Append($"  \"{number}\":\n    name: {name}\n    queue: {queue}\n    language: English\n");
        var path = Path.Combine(folder, "routing.yaml");
        File.WriteAllText(path, File.ReadAllText(RepositoryPaths.RoutingYaml).Replace("dialedNumbers:\n", extra.ToString(), StringComparison.Ordinal));
        return path;
    }

    /// <summary><paramref name="count"/> English lines +14445550000, +14445550001, ... on the modelled English queue.</summary>
    public static (string, string, string)[] EnglishLines(int count) =>
        [.. Enumerable.Range(0, count).Select(i => ($"+1444555{i:0000}", $"Line {i}", EnglishQueue))];
}
