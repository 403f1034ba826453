using DynamicContactCenter.Cli.Calls;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Scenarios;
using DynamicContactCenter.Local;
using DynamicContactCenter.Local.Scenarios;
using DynamicContactCenter.Storage;
using DynamicContactCenter.Storage.Yaml;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Scenarios;

public sealed class RoutingMatrixTests
{
    private static readonly Routing.Model.RoutingData Data = RoutingYamlLoader.LoadFile(RepositoryPaths.RoutingYaml).Value!;

    private static async Task<ScenarioRunner> RunnerAsync(Routing.Model.RoutingData data)
    {
        var loaded = await CallEnvironment.LoadInstanceAsync(RepositoryPaths.Combine("config", "instance.yaml"), TextWriter.Null);
        return new ScenarioRunner(new LocalContactCenter(loaded!.Value.Instance, loaded.Value.Catalog, InMemoryRoutingStore.Create(data)), data);
    }

    [Fact]
    public async Task Generate_ShippedData_ExpectsEachLanguagesOwnPromptsVoiceAndQueue()
    {
        // Arrange
        var loaded = await CallEnvironment.LoadInstanceAsync(RepositoryPaths.Combine("config", "instance.yaml"), TextWriter.Null);

        // Act
        var sut = RoutingMatrix.Generate(Data, loaded!.Value.Instance);

        // Assert
        sut.Scenarios.Length.ShouldBe(32);
        var open = sut.Scenarios.Single(s => s.Name == "+14443332222 (French line): open and staffed");
        open.Expect.Outcome.ShouldBe(CallOutcome.Queued);
        open.Expect.Queue.ShouldEndWith("aaaaaaaa-0000-0000-0000-000000000003");
        open.Expect.Voice.ShouldBe("Chantal");
        open.Expect.LanguageCode.ShouldBe("fr-CA");
        var french = Data.Languages.Single(l => l.Language == "French").Prompts;
        open.Expect.Prompts.Select(p => p.Text).ShouldBe([french["introPrompt"], french["recordingPrompt"], french["waitPrompt"]]);
        var holiday = sut.Scenarios.Single(s => s.Name.StartsWith("+14443330000 (English line): holiday", StringComparison.Ordinal));
        holiday.Call.At.ShouldBe(DateTimeOffset.Parse("2026-11-26T14:00:00-05:00", System.Globalization.CultureInfo.InvariantCulture));
        var closed = sut.Scenarios.Single(s => s.Name == "+14443330000 (English line): closed");
        closed.Call.At.Hour.ShouldBe(23);
        var unstaffed = sut.Scenarios.Single(s => s.Name == "+14443330000 (English line): open but unstaffed");
        unstaffed.Call.Agents["English"].ShouldBe(Flows.Instance.AgentStatus.Offline);
        var failing = sut.Scenarios.Single(s => s.Name == "+14443331111 (Spanish line): GetPrompts fails");
        failing.Faults.ShouldBe([new ScenarioFault(ScenarioFaultKind.FunctionThrows, "GetPrompts")]);
        failing.Expect.ErrorPath.ShouldBe(true);
        failing.Expect.Prompts.Select(p => p.Text).ShouldBe([Data.Languages.Single(l => l.Language == "English").Prompts["errorPrompt"], Data.Languages.Single(l => l.Language == "English").Prompts["exitPrompt"]]);
        sut.Scenarios.ShouldContain(s => s.Call.Number == "+19995550100");
    }

    [Fact]
    public async Task Generate_QueuedLine_AlsoExpectsTheLanguagesHoldPromptInItsVoiceWhenNoAgentIsFree()
    {
        // Arrange
        var loaded = await CallEnvironment.LoadInstanceAsync(RepositoryPaths.Combine("config", "instance.yaml"), TextWriter.Null);

        // Act
        var sut = RoutingMatrix.Generate(Data, loaded!.Value.Instance);

        // Assert: the Spanish caller waits a minute with every agent on a contact, hangs up, and heard the wait prompt then the hold prompt in Lupe's voice, es-US.
        var held = sut.Scenarios.Single(s => s.Name == "+14443331111 (Spanish line): queued, no agent free for 60s");
        held.Call.Wait.ShouldBe(TimeSpan.FromSeconds(60));
        held.Call.Agents["Spanish"].ShouldBe(Flows.Instance.AgentStatus.OnContact);
        held.Expect.Outcome.ShouldBe(CallOutcome.Abandoned);
        var spanish = Data.Languages.Single(l => l.Language == "Spanish");
        held.Expect.PromptsInclude.Select(p => (p.Text, p.Voice, p.LanguageCode)).ShouldBe([
            (spanish.Prompts["waitPrompt"], "Lupe", "es-US"),
            (spanish.Prompts["holdPrompt"], "Lupe", "es-US"),
        ]);
        sut.Scenarios.Count(s => s.Name.EndsWith(": queued, no agent free for 60s", StringComparison.Ordinal)).ShouldBe(4);
    }

    [Fact]
    public async Task Run_HeldRowsOverTheShippedFlows_PassBecauseMainFlowSetsTheQueueFlow()
    {
        // Arrange
        var loaded = await CallEnvironment.LoadInstanceAsync(RepositoryPaths.Combine("config", "instance.yaml"), TextWriter.Null);
        var held = RoutingMatrix.Generate(Data, loaded!.Value.Instance).Scenarios.Where(s => s.Call.Wait is not null).ToList();
        var sut = await RunnerAsync(Data);

        // Act
        var outcomes = new List<ScenarioOutcome>();
        foreach (var scenario in held) outcomes.Add(await sut.RunAsync(scenario, CancellationToken.None));

        // Assert
        outcomes.Count.ShouldBe(4);
        outcomes.ShouldAllBe(o => o.Passed, string.Join("\n", outcomes.SelectMany(o => o.Failures.Select(f => $"{o.Scenario.Name} | {f}"))));
    }

    [Fact]
    public async Task Run_MatrixFromOtherDataThanTheStoreServes_FailsOnThePromptsThatDiffer()
    {
        // Arrange: the matrix expects a changed Spanish intro; the store (and so the flows) still serve the shipped one.
        var spanish = Data.Languages.Single(l => l.Language == "Spanish");
        var changed = Data with { Languages = [.. Data.Languages.Select(l => l == spanish ? l with { Prompts = l.Prompts.SetItem("introPrompt", "Hola y bienvenido.") } : l)] };
        var loaded = await CallEnvironment.LoadInstanceAsync(RepositoryPaths.Combine("config", "instance.yaml"), TextWriter.Null);
        var matrix = RoutingMatrix.Generate(changed, loaded!.Value.Instance);
        var sut = await RunnerAsync(Data);

        // Act
        var outcomes = new List<ScenarioOutcome>();
        foreach (var scenario in matrix.Scenarios) outcomes.Add(await sut.RunAsync(scenario, CancellationToken.None));

        // Assert: exactly the Spanish-line situations that play the intro fail, on prompts[0].
        var failed = outcomes.Where(o => !o.Passed).ToList();
        failed.Select(o => o.Scenario.Name).ShouldBe([
            "+14443331111 (Spanish line): open and staffed",
            "+14443331111 (Spanish line): closed",
            "+14443331111 (Spanish line): open but unstaffed",
            "+14443331111 (Spanish line): holiday override (Thanksgiving Day 2026-11-26)",
        ]);
        failed.ShouldAllBe(o => o.Failures.Single().Key == "prompts[0]" && o.Failures.Single().Expected.Contains("Hola y bienvenido."));
    }
}
