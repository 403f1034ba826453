using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Parsing;
using DynamicContactCenter.Flows.Parsing.Legacy;
using Xunit.Abstractions;

namespace DynamicContactCenter.Cli.Tests.Legacy;

/// <summary>Real exported flows from public repositories (tests/corpus, listed in tests/corpus/INDEX.md) run through the parser, the
/// legacy converter and <c>dcc call --flow</c> with no hand-written configuration. The figures (docs/corpus.md) are
/// <see cref="CorpusFigureTests"/>'s; issue #12 items 1–4 (stubs, caller model, every action type, hook flows) are what raises them.</summary>
[Collection(CorpusCollectionDefinition.Name)]
public sealed class CorpusTests(CorpusRun run, ITestOutputHelper output)
{
    private static IReadOnlyList<string> Files => CorpusFiles.All;

    private static string Relative(string file) => CorpusFiles.Relative(file);

    [Fact]
    public void Corpus_HasAtLeastTheOriginalSamplesThreeLegacyFlows()
    {
        Files.Select(Relative).ShouldContain("amazon-connect-snippets/projects/DynamicContactCenter/ContactFlows/100_InitFlow");
        Files.Select(Relative).ShouldContain("amazon-connect-snippets/projects/DynamicContactCenter/ContactFlows/100_LangFlow");
        Files.Select(Relative).ShouldContain("amazon-connect-snippets/projects/DynamicContactCenter/ContactFlows/100_MainFlow");
    }

    [Fact]
    public void Index_ListsEveryCorpusFileWithItsLicence()
    {
        // Arrange
        var index = File.ReadAllLines(Path.Combine(CorpusFiles.Root, "INDEX.md"));

        // Act
        var unlisted = Files.Select(Relative).Where(path => !index.Any(line => line.Contains($"`{path}`", StringComparison.Ordinal))).ToList();
        var rows = index.Where(line => line.StartsWith("| `", StringComparison.Ordinal)).ToList();

        // Assert: one row per file, each naming repository, commit (40 hex digits) and a licence that permits redistribution.
        unlisted.ShouldBeEmpty();
        rows.Count.ShouldBe(Files.Count);
        rows.ShouldAllBe(row => System.Text.RegularExpressions.Regex.IsMatch(row, @"\| [0-9a-f]{40} \|"));
        rows.ShouldAllBe(row => row.Contains("| MIT-0 |", StringComparison.Ordinal) || row.Contains("| MIT |", StringComparison.Ordinal)
            || row.Contains("| Apache-2.0 |", StringComparison.Ordinal) || row.Contains("| BSD-3-Clause |", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_EveryCorpusFile_ReadsOrIsRejectedWithAnErrorNamingFileAndReason()
    {
        var read = 0;
        foreach (var file in Files)
        {
            // Act
            var result = FlowParser.ParseFile(file);

            // Assert
            if (result.Succeeded)
            {
                read++;
                continue;
            }

            var error = result.Diagnostics.First(d => d.IsError);
            error.File.ShouldBe(file);
            error.Message.ShouldNotBeNullOrWhiteSpace();
            if (CorpusFiles.IsLegacy(file))
            {
                // A malformed legacy export is refused naming the module (as the action) and the legacy field.
                error.Location.ActionId.ShouldNotBeNullOrEmpty(error.ToString());
                error.Location.Field.ShouldNotBeNullOrEmpty(error.ToString());
            }

            output.WriteLine($"rejected {Relative(file)}: {error}");
        }

        output.WriteLine($"{read} of {Files.Count} corpus files read as flows");
        read.ShouldBe(Files.Count);
    }

    [Fact]
    public void Convert_EveryLegacyCorpusFile_WritesFlowLanguageThatParses()
    {
        var legacy = Files.Where(CorpusFiles.IsLegacy).ToList();
        legacy.Count.ShouldBeGreaterThanOrEqualTo(3);
        foreach (var file in legacy)
        {
            // Act
            var conversion = LegacyFlowConverter.Convert(File.ReadAllText(file), file);

            // Assert
            var flow = conversion.Flow.ShouldNotBeNull(string.Join("\n", conversion.Diagnostics));
            var reparsed = FlowParser.Parse(flow.ToJsonString(), file);
            reparsed.Succeeded.ShouldBeTrue(string.Join("\n", reparsed.Diagnostics));
        }
    }

    [Fact]
    public void Call_EveryCorpusFlow_NeverCrashesAndEveryStopNamesFlowActionAndReason()
    {
        run.Calls.Count.ShouldBe(Files.Count);
        foreach (var call in run.Calls)
        {
            // Assert: what a new user types for an exported flow never breaks dcc (exit 70, DCC3320 internal error, broken --json).
            call.Outcome.ShouldNotBe("crash", $"{call.File} crashed dcc: {call.Error}");
            if (call.Outcome != "error") continue;
            var stop = call.Stop.ShouldNotBeNull(call.File);
            stop.Flow.ShouldNotBeNullOrEmpty(call.File);
            stop.Action.ShouldNotBeNullOrEmpty(call.File);
            stop.Message.ShouldNotBeNullOrEmpty(call.File);
            output.WriteLine($"stopped {call.File}: action '{stop.Action}': {stop.Code} {stop.Message}");
            // Issue #12 item 1: what the instance model does not know is a stub, never the reason a run stops.
            stop.Code.ShouldNotBeOneOf([FlowMessages.UnknownFlow.Code, FlowMessages.UnresolvedPlaceholder.Code, FlowMessages.UnknownFunction.Code],
                call.File);
        }
    }
}
