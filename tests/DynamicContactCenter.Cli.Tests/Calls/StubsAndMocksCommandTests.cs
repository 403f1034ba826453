using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Calls;

/// <summary>Issue #12 item 1 end to end: an exported flow that calls a function and transfers to a flow the shipped instance model does
/// not know runs to its end; <c>dcc call --mock</c> and a scenario's <c>mocks:</c> answer the function; <c>--strict</c> restores the
/// errors.</summary>
public sealed class StubsAndMocksCommandTests : IDisposable
{
    private const string At = "2026-11-24T10:00:00-05:00";
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-mocks-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A survey flow as exported from another account: a Terraform-placeholder function, then a transfer to a flow of that account.</summary>
    private string SurveyFlow() => Write("survey.json", """
        {
          "Version": "2019-10-30",
          "StartAction": "Call",
          "Actions": [
            { "Identifier": "Call", "Type": "InvokeLambdaFunction",
              "Parameters": { "LambdaFunctionARN": "${LambdaGetSurveyConfig.Arn}", "InvocationTimeLimitSeconds": "3" },
              "Transitions": { "NextAction": "Say", "Errors": [ { "ErrorType": "NoMatchingError", "NextAction": "Sorry" } ] } },
            { "Identifier": "Say", "Type": "MessageParticipant", "Parameters": { "Text": "Your survey is $.External.survey" },
              "Transitions": { "NextAction": "Transfer" } },
            { "Identifier": "Sorry", "Type": "MessageParticipant", "Parameters": { "Text": "No survey today" },
              "Transitions": { "NextAction": "Transfer" } },
            { "Identifier": "Transfer", "Type": "TransferToFlow",
              "Parameters": { "ContactFlowId": "arn:aws:connect:eu-west-1:999999999999:instance/x/contact-flow/survey-end" },
              "Transitions": { } }
          ]
        }
        """);

    private static JsonElement Json(DccRun run) => JsonDocument.Parse(run.Output).RootElement.Clone();

    /// <summary>The prompts of a <c>dcc call --json</c> result, in order.</summary>
    internal static string[] Prompts(JsonElement result) =>
        [.. result.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "prompt").Select(e => e.GetProperty("text").GetString()!)];

    [Fact]
    public async Task Call_UnknownFunctionAndFlow_NoMock_TakesErrorBranchThenEndsTransferredExit0()
    {
        // Act
        var run = await DccRun.RunAsync("call", "+14443330000", "--flow", SurveyFlow(), "--at", At, "--json");

        // Assert
        run.ExitCode.ShouldBe(0, run.Error);
        var result = Json(run);
        result.GetProperty("outcome").GetString().ShouldBe("transferred");
        Prompts(result).ShouldBe(["No survey today"]);
        var codes = result.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToList();
        codes.ShouldContain(StubMessages.FunctionStubNoMock.Code);
        codes.ShouldContain(StubMessages.FlowStub.Code);
        run.Output.ShouldContain("contact-flow/survey-end");
    }

    [Fact]
    public async Task Call_MockFile_AnswersThePlaceholderFunction()
    {
        // Arrange
        var mock = Write("survey-mock.json", """{ "response": { "survey": "NPS" } }""");

        // Act
        var run = await DccRun.RunAsync("call", "+14443330000", "--flow", SurveyFlow(), "--at", At, "--json", "--mock", "${LambdaGetSurveyConfig.Arn}=" + mock);

        // Assert
        run.ExitCode.ShouldBe(0, run.Error);
        Prompts(Json(run)).ShouldBe(["Your survey is NPS"]);
    }

    [Fact]
    public async Task Call_Strict_StopsAtTheUnknownPlaceholderExit2()
    {
        // Act
        var run = await DccRun.RunAsync("call", "+14443330000", "--flow", SurveyFlow(), "--at", At, "--json", "--strict");

        // Assert
        run.ExitCode.ShouldBe(2);
        var result = Json(run);
        result.GetProperty("outcome").GetString().ShouldBe("error");
        result.GetProperty("diagnostics").EnumerateArray().Last().GetProperty("code").GetString().ShouldBe(FlowMessages.UnresolvedPlaceholder.Code);
    }

    [Fact]
    public async Task Call_MockFileWithTwoAnswers_Exits2NamingTheFileAndKeys()
    {
        // Arrange
        var mock = Write("bad-mock.json", """{ "response": { "survey": "NPS" }, "throws": "boom" }""");

        // Act
        var run = await DccRun.RunAsync("call", "+14443330000", "--flow", SurveyFlow(), "--at", At, "--mock", "GetSurveyConfig=" + mock);

        // Assert
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--mock");
        run.Error.ShouldContain("bad-mock.json");
        run.Error.ShouldContain("exactly one of response, responses, throws or timeout");
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Test_ScenarioMocks_ScenarioWinsOverDefaultsAndStrictDefaultsRestoreErrors()
    {
        // Arrange
        var flow = SurveyFlow();
        var scenarios = Write("survey.yaml", $$"""
            defaults:
              at: {{At}}
              number: "+14443330000"
              flow: {{flow}}
              mocks:
                - function: ${LambdaGetSurveyConfig.Arn}
                  response: { survey: CSAT }
            scenarios:
              - name: default mock answers
                expect: { outcome: transferred, prompts: [{ text: Your survey is CSAT }] }
              - name: own mock wins
                mocks:
                  - function: ${LambdaGetSurveyConfig.Arn}
                    responses: [{ survey: NPS }]
                expect: { outcome: transferred, prompts: [{ text: Your survey is NPS }] }
              - name: a mock that throws takes the error branch
                mocks:
                  - function: ${LambdaGetSurveyConfig.Arn}
                    throws: DynamoDB throttled
                expect: { outcome: transferred, prompts: [{ text: No survey today }] }
            """);

        // Act
        var run = await DccRun.RunAsync("test", scenarios);
        var strict = await DccRun.RunAsync("test", scenarios, "--strict");

        // Assert
        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.Output.TrimEnd().Split('\n')[^1].TrimEnd().ShouldBe("3 passed, 0 failed");
        strict.ExitCode.ShouldBe(1);
        strict.Output.TrimEnd().Split('\n')[^1].TrimEnd().ShouldBe("0 passed, 3 failed");
    }
}
