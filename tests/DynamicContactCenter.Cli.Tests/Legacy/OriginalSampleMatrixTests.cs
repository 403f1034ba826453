using DynamicContactCenter.Cli.Calls;
using DynamicContactCenter.Local;
using DynamicContactCenter.Local.Scenarios;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Storage;
using DynamicContactCenter.Storage.Yaml;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Legacy;

/// <summary>The routing matrix (every number × open, closed, holiday, unstaffed, function failures) run over the original sample's
/// legacy flows with our handlers and routing data. docs/legacy-format.md explains each difference these tests pin.</summary>
public sealed class OriginalSampleMatrixTests : IDisposable
{
    private static readonly Routing.Model.RoutingData Data = RoutingYamlLoader.LoadFile(RepositoryPaths.RoutingYaml).Value!;
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-original-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<List<ScenarioOutcome>> RunMatrixAsync(bool importStepDone)
    {
        var loaded = (await CallEnvironment.LoadInstanceAsync(OriginalSampleFlows.WriteInstance(_folder, importStepDone), TextWriter.Null))!.Value;
        var runner = new ScenarioRunner(new LocalContactCenter(loaded.Instance, loaded.Catalog, InMemoryRoutingStore.Create(Data)), Data);
        var outcomes = new List<ScenarioOutcome>();
        foreach (var scenario in RoutingMatrix.Generate(Data, loaded.Instance).Scenarios)
        {
            outcomes.Add(await runner.RunAsync(scenario, CancellationToken.None));
        }

        return outcomes;
    }

    [Fact]
    public async Task Matrix_OriginalFlowsAfterTheirImportStep_RouteEveryCallWhereOursDo()
    {
        // Act
        var outcomes = await RunMatrixAsync(importStepDone: true);

        // Assert: the same outcome and queue as our flows in every situation of the matrix.
        outcomes.Count.ShouldBe(32);
        var routing = outcomes.SelectMany(o => o.Failures.Where(f => f.Key is "outcome" or "queue").Select(f => $"{o.Scenario.Name}: {f}")).ToList();
        routing.ShouldBeEmpty();
        outcomes.Count(o => o.Result.Outcome == CallOutcome.Queued).ShouldBe(outcomes.Count(o => o.Scenario.Expect.Outcome == CallOutcome.Queued));
    }

    [Fact]
    public async Task Matrix_OriginalFlowsAfterTheirImportStep_DifferOnlyInTheWaysTheDocsList()
    {
        // Act
        var outcomes = await RunMatrixAsync(importStepDone: true);

        // Assert: exactly the differences docs/legacy-format.md lists, each pinned on one situation.
        var keys = outcomes.SelectMany(o => o.Failures).Select(f => f.Key.Split('[')[0]).ToHashSet(StringComparer.Ordinal);
        keys.ShouldBe(["voice", "languageCode", "prompts", "promptsInclude", "attributes.DialedNumber", "attributes.Name", "errorPath"], ignoreOrder: true,
            string.Join("\n", outcomes.SelectMany(o => o.Failures.Select(f => $"{o.Scenario.Name} | {f}"))));
        var englishOpen = outcomes.Single(o => o.Scenario.Name == "+14443330000 (English line): open and staffed");
        englishOpen.Result.Voice.ShouldBe("Matthew");
        englishOpen.Result.Attributes.Keys.ShouldContain("Dialed Number");
        var spoken = englishOpen.Result.Events.OfType<Flows.Transcript.PromptSpokenEvent>().Select(p => p.Text).ToList();
        spoken.Count.ShouldBe(2);
        spoken[1].ShouldStartWith("<speak><prosody rate=\"115%\">This call may be recorded");
        spoken[1].ShouldEndWith("</speak>\nwaitPrompt");
        var spanishOpen = outcomes.Single(o => o.Scenario.Name == "+14443331111 (Spanish line): open and staffed");
        spanishOpen.Result.Voice.ShouldBe("Lupe");
        spanishOpen.Result.LanguageCode.ShouldBe("en-US");
        // On hold: the original sets no customer queue flow, so the waiting Spanish caller hears no hold prompt (ours hears the Spanish one).
        var spanishHeld = outcomes.Single(o => o.Scenario.Name == "+14443331111 (Spanish line): queued, no agent free for 60s");
        spanishHeld.Result.Outcome.ShouldBe(CallOutcome.Abandoned);
        spanishHeld.Result.Events.OfType<Flows.Transcript.PromptSpokenEvent>().ShouldNotContain(p => p.Text.StartsWith("Gracias por esperar", StringComparison.Ordinal));
        var failing = outcomes.Single(o => o.Scenario.Name == "+14443330000 (English line): GetLambdas fails");
        failing.Result.Events.OfType<Flows.Transcript.PromptSpokenEvent>().Select(p => p.Text).ShouldBe(["", ""]);
    }

    [Fact]
    public async Task Matrix_OriginalFlowsAsExported_EndEveryCallOnTheErrorPathAtTheUnselectedFunction()
    {
        // Act
        var outcomes = await RunMatrixAsync(importStepDone: false);

        // Assert: the export's first Lambda block names no function until someone selects one, so no call reaches a queue.
        outcomes.ShouldAllBe(o => o.Result.Outcome != CallOutcome.Queued);
        outcomes.ShouldAllBe(o => o.Result.Diagnostics.Any(d => d.Location.ActionId == "2e0b905a-c12b-4ebc-8e15-331b9bc0e0a9" && d.Location.Field == "Parameters.LambdaFunctionARN"));
    }
}
