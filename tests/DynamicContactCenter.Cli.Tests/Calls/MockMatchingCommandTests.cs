using System.Text.Json;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Calls;

/// <summary>Issue #12 item 1 end to end, the rest of mocks: <c>faults:</c> under <c>defaults:</c> and what wins over what, a scenario's
/// mock that no flow calls failing it, <c>when:</c> and <c>expect: lambdas: [{sent}]</c> in <c>dcc test</c>, and the shipped MainFlow
/// entered mid-journey with a Spanish caller's <c>$.External</c> on <c>dcc call</c> and in a scenario's <c>start:</c>.</summary>
public sealed class MockMatchingCommandTests : IDisposable
{
    private const string At = "2026-11-24T10:00:00-05:00";
    private const string SpanishQueue = "arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-0000-0000-0000-000000000002";
    private const string Recording = "Esta llamada puede ser grabada para fines de calidad y capacitación.";
    private const string Wait = "Todos nuestros especialistas están ayudando a otros clientes. Por favor permanezca en la línea; el próximo especialista disponible le atenderá en breve.";
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-mock-match-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A survey flow of another account: it sends the caller's survey type (a contact attribute) to a placeholder function the
    /// shipped instance model does not know (a stub), and says what came back or that none did.</summary>
    private string SurveyFlow() => Write("survey.json", """
        {
          "Version": "2019-10-30",
          "StartAction": "Call",
          "Actions": [
            { "Identifier": "Call", "Type": "InvokeLambdaFunction",
              "Parameters": { "LambdaFunctionARN": "${LambdaGetSurveyConfig.Arn}", "InvocationTimeLimitSeconds": "3",
                              "LambdaInvocationAttributes": { "surveyType": "$.Attributes.surveyType" } },
              "Transitions": { "NextAction": "Say", "Errors": [ { "ErrorType": "NoMatchingError", "NextAction": "Sorry" } ] } },
            { "Identifier": "Say", "Type": "MessageParticipant", "Parameters": { "Text": "Your survey is $.External.survey" },
              "Transitions": { "NextAction": "Bye" } },
            { "Identifier": "Sorry", "Type": "MessageParticipant", "Parameters": { "Text": "No survey today" },
              "Transitions": { "NextAction": "Bye" } },
            { "Identifier": "Bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {} }
          ]
        }
        """);

    private static string Summary(DccRun run) => run.Output.TrimEnd().Split('\n')[^1].TrimEnd();

    [Fact]
    public async Task Test_FaultsUnderDefaults_AnswerTheStubUnlessTheScenariosOwnMockOrFaultNamesIt()
    {
        // Arrange: before faults answered as mocks, a fault never reached a stub, and defaults: took no faults.
        var scenarios = Write("survey.yaml", $$"""
            defaults:
              at: {{At}}
              number: "+14443330000"
              flow: {{SurveyFlow()}}
              faults:
                - { function: "${LambdaGetSurveyConfig.Arn}", fault: throws }
            scenarios:
              - name: the default fault answers the stub
                expect: { outcome: disconnected, prompts: [{ text: No survey today }] }
              - name: the scenario's mock wins over the default fault
                mocks: [{ function: "${LambdaGetSurveyConfig.Arn}", response: { survey: NPS } }]
                expect: { prompts: [{ text: Your survey is NPS }] }
              - name: the scenario's fault wins over the default fault
                faults: [{ function: "${LambdaGetSurveyConfig.Arn}", response: { survey: CSAT } }]
                expect: { prompts: [{ text: Your survey is CSAT }] }
            """);

        // Act
        var run = await DccRun.RunAsync("test", scenarios);

        // Assert
        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        Summary(run).ShouldBe("3 passed, 0 failed");
    }

    [Fact]
    public async Task Test_ScenariosOwnMockNoFlowCalls_FailsNamingIt_ADefaultMockOnlyWarns()
    {
        // Arrange: GetWeather under defaults serves scenarios that may not reach it; the scenario's misspelt mock tests nothing.
        var scenarios = Write("typo.yaml", $$"""
            defaults:
              at: {{At}}
              number: "+14443330000"
              flow: {{SurveyFlow()}}
              mocks: [{ function: GetWeather, response: { sky: blue } }]
            scenarios:
              - name: a default mock nobody calls is fine
                expect: { prompts: [{ text: No survey today }] }
              - name: a misspelt mock fails the scenario
                mocks: [{ function: "${LambdaGetSurvey.Arn}", response: { survey: NPS } }]
                expect: { prompts: [{ text: No survey today }] }
            """);

        // Act
        var run = await DccRun.RunAsync("test", scenarios);

        // Assert
        run.ExitCode.ShouldBe(1, run.Output + run.Error);
        Summary(run).ShouldBe("1 passed, 1 failed");
        run.Output.ShouldContain("mocks '${LambdaGetSurvey.Arn}'");
        run.Output.ShouldContain("expected: a call of this function");
        run.Output.ShouldContain("actual:   no flow called it");
        run.Output.ShouldNotContain("mocks 'GetWeather'");
    }

    [Fact]
    public async Task Test_WhenChoosesTheAnswerAndSentNamesFunctionKeyExpectedAndActual()
    {
        // Arrange
        var scenarios = Write("when.yaml", $$"""
            defaults:
              at: {{At}}
              number: "+14443330000"
              flow: {{SurveyFlow()}}
              mocks:
                - { function: "${LambdaGetSurveyConfig.Arn}", when: { surveyType: nps }, response: { survey: NPS } }
                - { function: "${LambdaGetSurveyConfig.Arn}", when: { $.Attributes.surveyType: csat }, response: { survey: CSAT } }
            scenarios:
              - name: the answer follows what the function is sent
                call: { attributes: { surveyType: csat } }
                expect:
                  prompts: [{ text: Your survey is CSAT }]
                  lambdas: [{ function: "${LambdaGetSurveyConfig.Arn}", sent: { surveyType: csat, $.Attributes.surveyType: csat } }]
              - name: no when holds, so the error branch
                call: { attributes: { surveyType: ces } }
                expect: { prompts: [{ text: No survey today }] }
              - name: a wrong sent value fails naming it
                call: { attributes: { surveyType: nps } }
                expect:
                  lambdas: [{ function: "${LambdaGetSurveyConfig.Arn}", sent: { surveyType: csat } }]
            """);

        // Act
        var run = await DccRun.RunAsync("test", scenarios);

        // Assert
        Summary(run).ShouldBe("2 passed, 1 failed", run.Output + run.Error);
        run.Output.ShouldContain("lambdas[0] ${LambdaGetSurveyConfig.Arn} sent.surveyType");
        run.Output.ShouldContain("expected: \"csat\"");
        run.Output.ShouldContain("actual:   \"nps\"");
    }

    [Fact]
    public async Task Call_Json_ShowsWhatTheFunctionWasSentUnderTheKeysOfSentAndWhen()
    {
        // Arrange
        var mock = Write("survey-mock.json", """{ "when": { "surveyType": "nps" }, "response": { "survey": "NPS" }, "delay": "2s" }""");

        // Act
        var run = await DccRun.RunAsync("call", "+14443330000", "--flow", SurveyFlow(), "--at", At, "--json", "--attribute", "surveyType=nps",
            "--mock", "${LambdaGetSurveyConfig.Arn}=" + mock);

        // Assert
        run.ExitCode.ShouldBe(0, run.Error);
        var lambda = JsonDocument.Parse(run.Output).RootElement.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "lambda");
        lambda.GetProperty("sent").EnumerateObject().Select(p => $"{p.Name}={p.Value.GetString()}").ShouldBe(["$.Attributes.surveyType=nps", "surveyType=nps"]);
        (lambda.GetProperty("outcome").GetString(), lambda.GetProperty("durationMs").GetDouble()).ShouldBe(("succeeded", 2000));
    }

    [Fact]
    public async Task Call_MainFlowEnteredDirectly_WithASpanishCallersExternal_QueuesInSpanishAfterItsPrompts()
    {
        // Act: what InitFlow's last Lambda call (GetPrompts, with the perpetual session) leaves in $.External for a Spanish caller.
        var run = await DccRun.RunAsync("call", "+14443331111", "--flow", "MainFlow", "--at", At, "--agents", "Spanish=Available", "--json",
            "--external", "queue=" + SpanishQueue, "--external", "recordingPrompt=" + Recording, "--external", "waitPrompt=" + Wait,
            "--external", "language=Spanish", "--attribute", "Language=Spanish", "--flow-attribute", "enteredAt=Main");

        // Assert
        run.ExitCode.ShouldBe(0, run.Error);
        var result = JsonDocument.Parse(run.Output).RootElement;
        result.GetProperty("outcome").GetString().ShouldBe("queued");
        result.GetProperty("queue").GetProperty("name").GetString().ShouldBe("Spanish");
        StubsAndMocksCommandTests.Prompts(result).ShouldBe([Recording, Wait]);
    }

    [Fact]
    public async Task Call_StartFile_GivesTheStateAndTheOptionsWinKeyByKey()
    {
        // Arrange: the file's waitPrompt is replaced by --external; its nested key rides along untouched.
        var start = Write("start.json", $$"""
            { "external": { "queue": "{{SpanishQueue}}", "recordingPrompt": "{{Recording}}", "waitPrompt": "old", "session": { "language": "Spanish" } },
              "attributes": { "Language": "Spanish" } }
            """);

        // Act
        var run = await DccRun.RunAsync("call", "+14443331111", "--flow", "MainFlow", "--at", At, "--agents", "Spanish=Available", "--json",
            "--start", start, "--external", "waitPrompt=" + Wait);

        // Assert
        run.ExitCode.ShouldBe(0, run.Error);
        var result = JsonDocument.Parse(run.Output).RootElement;
        result.GetProperty("queue").GetProperty("name").GetString().ShouldBe("Spanish");
        StubsAndMocksCommandTests.Prompts(result).ShouldBe([Recording, Wait]);
    }

    [Fact]
    public async Task Call_StartFileWithAnUnknownKey_Exits2NamingFileAndKey()
    {
        // Arrange
        var start = Write("bad-start.json", """{ "externals": { "queue": "Spanish" } }""");

        // Act
        var run = await DccRun.RunAsync("call", "+14443331111", "--flow", "MainFlow", "--at", At, "--start", start);

        // Assert
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("DCC4641");
        run.Error.ShouldContain("bad-start.json");
        run.Error.ShouldContain("'externals' is not a key of start");
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Test_StartState_MainFlowEnteredDirectlyWithASpanishCallersExternal()
    {
        // Arrange
        var scenarios = Write("main.yaml", $$"""
            scenarios:
              - name: a Spanish caller reaches the main flow
                call:
                  number: "+14443331111"
                  at: {{At}}
                  flow: MainFlow
                  agents: { Spanish: Available }
                  start:
                    external: { queue: "{{SpanishQueue}}", recordingPrompt: "{{Recording}}", waitPrompt: "{{Wait}}", language: Spanish }
                    attributes: { Language: Spanish }
                expect:
                  outcome: queued
                  queue: Spanish
                  prompts: [{ prompt: recordingPrompt, language: Spanish }, { prompt: waitPrompt, language: Spanish }]
                  attributes: { Language: Spanish }
            """);

        // Act
        var run = await DccRun.RunAsync("test", scenarios);

        // Assert
        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        Summary(run).ShouldBe("1 passed, 0 failed");
    }

    [Theory]
    [InlineData("--external", "queue")]
    [InlineData("--flow-attribute", "=3")]
    public async Task Call_StartValueNotNameEqualsValue_Exits2NamingOptionAndValue(string option, string value)
    {
        // Act
        var run = await DccRun.RunAsync("call", "+14443331111", "--flow", "MainFlow", "--at", At, option, value);

        // Assert
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"DCC4640");
        run.Error.ShouldContain($"{option} '{value}' is not valid: expected NAME=VALUE");
        run.Error.ShouldNotContain("   at ");
    }
}
