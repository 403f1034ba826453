using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Scenarios;

namespace DynamicContactCenter.Flows.Tests.Scenarios;

public sealed class ScenarioParserTests
{
    private const string Full = """
        defaults:
          at: 2026-11-24T10:00:00-05:00
          caller: "+15555550111"
        scenarios:
          - name: Spanish closed
            call:
              number: "+14443331111"
              agents: { Spanish: Offline }
              input: "1#"
              environment: dev
              contactsInQueue: { Spanish: 3 }
            faults:
              - { function: GetPrompts, fault: timeout }
              - { function: GetDynAttributes, response: { name: x } }
              - { store: unavailable, table: DialedNumbers }
              - { store: unavailable }
              - { missingLanguage: French }
            expect:
              outcome: disconnected
              queue: Spanish
              voice: Lupe
              languageCode: es-US
              prompts:
                - Hola.
                - { pattern: "^Gracias" }
                - { prompt: closedPrompt, language: Spanish, voice: Lupe }
              attributes: { Language: Spanish }
              lambdas: [GetLambdas, { function: GetPrompts, outcome: timedOut }]
              errorPath: false
          - name: second
            call: { number: "+14443330000", at: 2026-11-25T09:00:00Z }
            expect: { outcome: queued }
        """;

    [Fact]
    public void Parse_FullFile_ReadsCallFaultsAndExpectations()
    {
        // Act
        var sut = ScenarioParser.Parse(Full, "scenarios/x.yaml");

        // Assert
        sut.Diagnostics.ShouldBeEmpty();
        var scenario = sut.Value!.Scenarios[0];
        scenario.Name.ShouldBe("Spanish closed");
        scenario.Line.ShouldBe(5);
        scenario.Call.Number.ShouldBe("+14443331111");
        scenario.Call.At.ShouldBe(DateTimeOffset.Parse("2026-11-24T15:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        scenario.Call.Caller.ShouldBe("+15555550111");
        scenario.Call.Agents["Spanish"].ShouldBe(AgentStatus.Offline);
        scenario.Call.ContactsInQueue["Spanish"].ShouldBe(3);
        scenario.Call.ToRequest().Placeholders["Environment"].ShouldBe("dev");
        scenario.Call.ToRequest().InputDigits.ShouldBe("1#");
        scenario.Faults.ShouldBe([
            new ScenarioFault(ScenarioFaultKind.FunctionTimesOut, "GetPrompts"),
            new ScenarioFault(ScenarioFaultKind.FunctionResponds, "GetDynAttributes", "{\"name\":\"x\"}"),
            new ScenarioFault(ScenarioFaultKind.StoreUnavailable, "DialedNumbers"),
            new ScenarioFault(ScenarioFaultKind.StoreUnavailable, ScenarioFault.AllTables),
            new ScenarioFault(ScenarioFaultKind.LanguageMissing, "French"),
        ]);
        var expect = scenario.Expect;
        expect.Outcome.ShouldBe(CallOutcome.Disconnected);
        expect.Queue.ShouldBe("Spanish");
        expect.Voice.ShouldBe("Lupe");
        expect.LanguageCode.ShouldBe("es-US");
        expect.Prompts.Length.ShouldBe(3);
        expect.Prompts[0].Text.ShouldBe("Hola.");
        expect.Prompts[1].Pattern!.IsMatch("Gracias por llamar").ShouldBeTrue();
        expect.Prompts[2].ShouldBe(new PromptExpectation(null, null, "closedPrompt", "Spanish") { Voice = "Lupe" });
        expect.Attributes["Language"].ShouldBe("Spanish");
        expect.Lambdas.ShouldBe([new LambdaExpectation("GetLambdas", null), new LambdaExpectation("GetPrompts", "timedOut")]);
        expect.ErrorPath.ShouldBe(false);
    }

    [Fact]
    public void Parse_ScenarioOverridesDefaults_ScenarioKeyWins()
    {
        // Act
        var sut = ScenarioParser.Parse(Full, "x.yaml");

        // Assert
        var second = sut.Value!.Scenarios[1];
        second.Call.At.ShouldBe(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        second.Call.Caller.ShouldBe("+15555550111");
        second.Expect.Prompts.IsDefault.ShouldBeTrue();
    }

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "scenarios: [ { name: a, call: { number: '+14443331111', at: 2026-11-24T10:00:00-05:00 } } ]", ScenarioMessages.MissingKey.Code, "scenario 'a', key expect" },
        { "scenarios: [ { name: a, call: { number: '+14443331111', at: 2026-11-24T10:00:00-05:00 }, expect: {} } ]", ScenarioMessages.NothingExpected.Code, "scenario 'a', key expect" },
        { "scenarios: [ { name: a, call: { number: '+14443331111', at: 2026-11-24T10:00:00 }, expect: { outcome: queued } } ]", ScenarioMessages.InvalidValue.Code, "scenario 'a', key call.at" },
        { "scenarios: [ { name: a, call: { at: 2026-11-24T10:00:00Z }, expect: { outcome: queued } } ]", ScenarioMessages.MissingKey.Code, "scenario 'a', key call.number" },
        { "scenarios: [ { name: a, call: { number: '+14443331111', at: 2026-11-24T10:00:00Z }, expect: { outcome: busy } } ]", ScenarioMessages.InvalidValue.Code, "scenario 'a', key expect.outcome" },
        { "scenarios: [ { name: a, call: { number: '+14443331111', at: 2026-11-24T10:00:00Z }, expect: { outcom: queued } } ]", ScenarioMessages.UnknownKey.Code, "scenario 'a', key expect.outcom" },
        { "scenarios: [ { name: a, call: { number: '+14443331111', at: 2026-11-24T10:00:00Z, agents: { English: Sleeping } }, expect: { outcome: queued } } ]", ScenarioMessages.InvalidValue.Code, "scenario 'a', key call.agents.English" },
        { "scenarios: [ { name: a, call: { number: '+14443331111', at: 2026-11-24T10:00:00Z }, faults: [ { function: GetPrompts, fault: explodes } ], expect: { outcome: queued } } ]", ScenarioMessages.InvalidValue.Code, "scenario 'a', key faults[0].fault" },
        { "scenarios: [ { name: a, call: { number: '+14443331111', at: 2026-11-24T10:00:00Z }, faults: [ { store: unavailable, table: Numbers } ], expect: { outcome: queued } } ]", ScenarioMessages.InvalidValue.Code, "scenario 'a', key faults[0].table" },
        { "scenarios: [ { name: a, call: { number: '+14443331111', at: 2026-11-24T10:00:00Z }, faults: [ { disk: full } ], expect: { outcome: queued } } ]", ScenarioMessages.MissingKey.Code, "scenario 'a', key faults[0]" },
        { "scenarios: [ { name: a, call: { number: '+14443331111', at: 2026-11-24T10:00:00Z }, expect: { prompts: [ { pattern: '(' } ] } } ]", ScenarioMessages.InvalidValue.Code, "scenario 'a', key expect.prompts[0].pattern" },
        { "scenarios: [ { name: a, call: { number: '+14443331111', at: 2026-11-24T10:00:00Z }, expect: { prompts: [ { prompt: introPrompt } ] } } ]", ScenarioMessages.MissingKey.Code, "scenario 'a', key expect.prompts[0].language" },
        { "scenarios: [ { name: a, call: { number: '+14443331111', at: 2026-11-24T10:00:00Z }, expect: { prompts: [ { prompt: helloPrompt, language: English } ] } } ]", ScenarioMessages.InvalidValue.Code, "scenario 'a', key expect.prompts[0].prompt" },
        { "scenarios: [ { name: a, call: { number: '+14443331111', at: 2026-11-24T10:00:00Z }, expect: { lambdas: [ { function: GetPrompts, outcome: crashed } ] } } ]", ScenarioMessages.InvalidValue.Code, "scenario 'a', key expect.lambdas[0].outcome" },
        { "scenarios: [ { name: a, call: { number: '+14443331111', at: 2026-11-24T10:00:00Z }, expect: { outcome: queued } }, { name: a, call: { number: '+14443331111', at: 2026-11-24T10:00:00Z }, expect: { outcome: queued } } ]", ScenarioMessages.DuplicateName.Code, "scenario 'a', key name" },
        { "scenarios: [ { call: { number: '+14443331111', at: 2026-11-24T10:00:00Z }, expect: { outcome: queued } } ]", ScenarioMessages.MissingKey.Code, "scenarios[0], key name" },
        { "scenarios: [ { name: a, call: { number: '14443331111', at: 2026-11-24T10:00:00Z }, expect: { outcome: queued } } ]", ScenarioMessages.InvalidValue.Code, "scenario 'a', key call.number" },
        { "scenarios: [ { name: a, call: { number: '(444) 333-1111', at: 2026-11-24T10:00:00Z }, expect: { outcome: queued } } ]", ScenarioMessages.InvalidValue.Code, "scenario 'a', key call.number" },
        { "scenarios: [ { name: a, call: { number: '+14443331111', at: 2026-11-24T10:00:00Z, agents: { English: Busy } }, expect: { outcome: queued } } ]", ScenarioMessages.InvalidValue.Code, "scenario 'a', key call.agents.English" },
        { "scenario: []", ScenarioMessages.NotAScenarioFile.Code, "key scenarios" },
        { "scenarios: [ { name: 'a", ScenarioMessages.InvalidYaml.Code, "file" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Parse_BadFile_NoScenariosAndADiagnosticNamingFileScenarioAndKey(string yaml, string code, string location)
    {
        // Act
        var sut = ScenarioParser.Parse(yaml, "scenarios/bad.yaml");

        // Assert
        sut.Succeeded.ShouldBeFalse();
        var diagnostic = sut.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(code);
        diagnostic.File.ShouldBe("scenarios/bad.yaml");
        diagnostic.Location.Field.ShouldNotBeNull().ShouldContain(location);
        diagnostic.Line.ShouldNotBeNull();
    }

    [Fact]
    [Trait("Issue", "14")]
    public void Parse_AgentsQueueNotInTheInstance_DiagnosticNamesTheKnownQueuesAndLine()
    {
        // Arrange
        using var harness = new TestSupport.CallHarness();
        const string yaml = "scenarios:\n  - name: a\n    call:\n      number: '+14443331111'\n      at: 2026-11-24T10:00:00Z\n      agents: { Spansh: Offline }\n    expect: { outcome: queued }\n";

        // Act
        var sut = ScenarioParser.Parse(yaml, "scenarios/bad.yaml", harness.Instance);

        // Assert
        sut.Succeeded.ShouldBeFalse();
        var diagnostic = sut.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(ScenarioMessages.InvalidValue.Code);
        diagnostic.Line.ShouldBe(6);
        diagnostic.Message.ShouldContain("'Spansh'");
        diagnostic.Message.ShouldContain("English, Spanish, Full");
    }
}
