using DynamicContactCenter.Testing;
using Xunit.Abstractions;

namespace DynamicContactCenter.Cli.Tests.Legacy;

/// <summary>The corpus figures of issue #12 (real flows as the test corpus): every file through <c>dcc call --flow</c> with no
/// hand-written configuration; at least 95% end as a caller's call ends, and docs/corpus.md shows the figures of this very run.</summary>
[Collection(CorpusCollectionDefinition.Name)]
public sealed class CorpusFigureTests(CorpusRun run, ITestOutputHelper output)
{
    /// <summary>The share of corpus files that must end naturally (queued, disconnected, transferred, abandoned, ended).</summary>
    private const decimal MinimumNaturalPercent = 95m;

    [Fact]
    public void Call_Corpus_AtLeast95PercentEndNaturally()
    {
        // Act
        var table = CorpusFigures.Render(run.Calls);
        output.WriteLine(table);

        // Assert
        var stops = run.Calls.Where(c => !c.EndedNaturally).Select(c => $"{c.File}: {c.Outcome} {c.Stop}");
        CorpusFigures.NaturalPercent(run.Calls).ShouldBeGreaterThanOrEqualTo(MinimumNaturalPercent,
            "corpus files that do not end naturally:\n" + string.Join("\n", stops));
    }

    [Fact]
    public async Task DocsCorpus_Figures_AreTheFiguresOfThisRun()
    {
        // Arrange
        var expected = CorpusFigures.Render(run.Calls);

        // Act
        var docs = await File.ReadAllTextAsync(RepositoryPaths.Combine("docs", "corpus.md"));

        // Assert
        var start = docs.IndexOf(CorpusFigures.Begin, StringComparison.Ordinal);
        var end = docs.IndexOf(CorpusFigures.End, StringComparison.Ordinal);
        (start >= 0 && end > start).ShouldBeTrue($"docs/corpus.md has no {CorpusFigures.Begin} ... {CorpusFigures.End} block");
        docs[(start + CorpusFigures.Begin.Length)..end].Trim().ReplaceLineEndings("\n").ShouldBe(expected.ReplaceLineEndings("\n"),
            $"docs/corpus.md is out of date with the corpus run; paste this block:\n{expected}");
    }
}
