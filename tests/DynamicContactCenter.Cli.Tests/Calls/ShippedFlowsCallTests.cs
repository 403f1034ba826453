using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Storage;
using DynamicContactCenter.Storage.Yaml;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Calls;

/// <summary>End to end on the shipped flows, instance model and routing data, with the real handlers: what callers hear and where calls go.</summary>
public sealed class ShippedFlowsCallTests
{
    private static readonly Result<RoutingData> Routing = RoutingYamlLoader.LoadFile(RepositoryPaths.RoutingYaml);

    public static TheoryData<string, string, string, string, string> Lines => new()
    {
        { "+14443330000", "English", "Joanna", "en-US", "aaaaaaaa-0000-0000-0000-000000000001" },
        { "+14443331111", "Spanish", "Lupe", "es-US", "aaaaaaaa-0000-0000-0000-000000000002" },
        { "+14443332222", "French", "Chantal", "fr-CA", "aaaaaaaa-0000-0000-0000-000000000003" },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public async Task Call_OpenAndStaffed_HearsIntroRecordingAndWaitInItsLanguageThenQueuedInItsQueue(string number, string language, string voice, string languageCode, string queueId)
    {
        var result = await CallHarness.PlayAsync(new CallRequest(number, CallRequest.DefaultCallerNumber, CallHarness.OpenHours));

        result.Outcome.ShouldBe(CallOutcome.Queued);
        result.Queue!.Name.ShouldBe(language);
        result.Queue.Arn.ShouldEndWith(queueId);
        var prompts = Routing.Value!.Languages.Single(l => l.Language == language).Prompts;
        CallHarness.Spoken(result).ShouldBe([prompts["introPrompt"], prompts["recordingPrompt"], prompts["waitPrompt"]]);
        result.Prompts.ShouldAllBe(p => p.Voice == voice && p.LanguageCode == languageCode);
        result.Attributes["Language"].ShouldBe(language);
        result.Attributes["DialedNumber"].ShouldBe(number);
    }

    [Fact]
    public async Task Call_AfterHours_HearsIntroClosedAndExitThenDisconnected()
    {
        var result = await CallHarness.PlayAsync(new CallRequest("+14443331111", CallRequest.DefaultCallerNumber, CallHarness.AfterHours));

        result.Outcome.ShouldBe(CallOutcome.Disconnected);
        result.Queue.ShouldBeNull();
        var spanish = Routing.Value!.Languages.Single(l => l.Language == "Spanish").Prompts;
        CallHarness.Spoken(result).ShouldBe([spanish["introPrompt"], spanish["closedPrompt"], spanish["exitPrompt"]]);
        result.Prompts.ShouldAllBe(p => p.Voice == "Lupe");
    }

    [Fact]
    public async Task Call_NoStaffedAgent_GetsTheClosedTreatment()
    {
        var request = new CallRequest("+14443332222", CallRequest.DefaultCallerNumber, CallHarness.OpenHours)
        {
            AgentStatusOverrides = new Dictionary<string, AgentStatus> { ["French"] = AgentStatus.Offline },
        };

        var result = await CallHarness.PlayAsync(request);

        result.Outcome.ShouldBe(CallOutcome.Disconnected);
        var french = Routing.Value!.Languages.Single(l => l.Language == "French").Prompts;
        CallHarness.Spoken(result).ShouldBe([french["introPrompt"], french["closedPrompt"], french["exitPrompt"]]);
    }

    [Fact]
    public async Task Call_OnHolidayOverride_GetsTheClosedTreatment()
    {
        var christmasMorning = DateTimeOffset.Parse("2026-12-25T10:00:00-05:00", System.Globalization.CultureInfo.InvariantCulture);

        var result = await CallHarness.PlayAsync(new CallRequest("+14443330000", CallRequest.DefaultCallerNumber, christmasMorning));

        result.Outcome.ShouldBe(CallOutcome.Disconnected);
        CallHarness.Spoken(result).ShouldContain(Routing.Value!.Languages.Single(l => l.Language == "English").Prompts["closedPrompt"]);
    }

    [Fact]
    public async Task Call_UnknownNumber_TakesTheDefaultRoute()
    {
        var result = await CallHarness.PlayAsync(new CallRequest("+18005550199", CallRequest.DefaultCallerNumber, CallHarness.OpenHours));

        result.Outcome.ShouldBe(CallOutcome.Queued);
        result.Queue!.Name.ShouldBe("English");
        result.Attributes["Name"].ShouldBe("Main line");
        result.Prompts.First().Voice.ShouldBe("Joanna");
    }

    public static TheoryData<string, Func<LambdaInvocationResult>> Faults => new()
    {
        { "throws", () => LambdaInvocationResult.Failure("Unhandled: boom", TimeSpan.FromMilliseconds(3)) },
        { "times out", () => LambdaInvocationResult.Failure("did not answer within 8 s", TimeSpan.FromSeconds(8), timedOut: true) },
        { "returns a nested object under STRING_MAP", () => LambdaInvocationResult.Success("{\"voice\":{\"name\":\"Lupe\"}}", TimeSpan.FromMilliseconds(2)) },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Call_GetPromptsFault_HearsErrorAndExitPromptsThenDisconnected(string fault, Func<LambdaInvocationResult> answer)
    {
        var result = await CallHarness.PlayAsync(new CallRequest("+14443331111", CallRequest.DefaultCallerNumber, CallHarness.OpenHours),
            fault: inner => new FaultyFunction(inner, "GetPrompts", answer));

        result.Outcome.ShouldBe(CallOutcome.Disconnected, fault);
        result.Queue.ShouldBeNull();
        // GetPrompts failed, so $.External still holds GetDynAttributes' answer, whose folded session carries GetLambdas' default-language prompts.
        var english = Routing.Value!.Languages.Single(l => l.Language == "English").Prompts;
        CallHarness.Spoken(result).ShouldBe([english["errorPrompt"], english["exitPrompt"]], fault);
    }

    [Fact]
    public async Task Call_GetLambdasFails_HearsTheFallbackErrorThenDisconnected()
    {
        var result = await CallHarness.PlayAsync(new CallRequest("+14443330000", CallRequest.DefaultCallerNumber, CallHarness.OpenHours),
            fault: inner => new FaultyFunction(inner, "GetLambdas", () => LambdaInvocationResult.Failure("Unhandled: boom", TimeSpan.Zero)));

        result.Outcome.ShouldBe(CallOutcome.Disconnected);
        CallHarness.Spoken(result).Single().ShouldStartWith("We are sorry, we are having technical difficulties");
    }

    [Fact]
    [Trait("Issue", "3")]
    public async Task Call_FourthLanguageAddedInRoutingDataOnly_RoutesWithNoFlowEdit()
    {
        // Arrange: German and its number exist only in the routing data; the flows are the shipped ones.
        var yaml = await File.ReadAllTextAsync(RepositoryPaths.RoutingYaml);
        yaml = yaml.Replace("  default:\n", """
              "+14443333333":
                name: German line
                queue: arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-0000-0000-0000-000000000001
                language: German
              default:

            """, StringComparison.Ordinal) + """
              German:
                voice: Vicki
                languageCode: de-DE
                prompts:
                  introPrompt: Vielen Dank für Ihren Anruf bei {organisation}.
                  recordingPrompt: Dieser Anruf kann aufgezeichnet werden.
                  waitPrompt: Bitte bleiben Sie in der Leitung.
                  holdPrompt: Vielen Dank für Ihre Geduld.
                  closedPrompt: Wir haben geschlossen.
                  errorPrompt: Es ist ein technischer Fehler aufgetreten.
                  exitPrompt: Auf Wiederhören.

            """;
        var loaded = RoutingYamlLoader.Load(yaml, "routing-with-german.yaml");
        loaded.Errors.ShouldBeEmpty();

        // Act
        var result = await CallHarness.PlayAsync(new CallRequest("+14443333333", CallRequest.DefaultCallerNumber, CallHarness.OpenHours),
            InMemoryRoutingStore.Create(loaded.Value!));

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Queued);
        CallHarness.Spoken(result).ShouldBe(["Vielen Dank für Ihren Anruf bei Alpha to Zulu Corp.", "Dieser Anruf kann aufgezeichnet werden.", "Bitte bleiben Sie in der Leitung."]);
        result.Prompts.ShouldAllBe(p => p.Voice == "Vicki" && p.LanguageCode == "de-DE");
    }
}
