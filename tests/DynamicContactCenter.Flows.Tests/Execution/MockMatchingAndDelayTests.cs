using System.Collections.Immutable;
using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution;

/// <summary>Issue #12 item 1, the rest of mocks: answers chosen by what the function is sent (<c>when:</c>), delays on the virtual clock,
/// what the transcript records as sent, responses that are not a flat string map, and the start state of a flow entered mid-journey.</summary>
public sealed class MockMatchingAndDelayTests
{
    private const string Crm = "arn:aws:lambda:eu-west-1:999999999999:function:GetCustomer";

    // LambdaInvocationAttributes is a map of static or dynamic strings sent as Details.Parameters (reference/flow-language.md §5).
    private static string Invoke(string limit = "\"InvocationTimeLimitSeconds\":\"3\",") => Act("Call", "InvokeLambdaFunction",
        "{\"LambdaFunctionARN\":\"" + Crm + "\"," + limit + "\"LambdaInvocationAttributes\":{\"accountType\":\"gold\",\"caller\":\"$.CustomerEndpoint.Address\"}}",
        "Say", errors: [Err("NoMatchingError", "Failed")]);

    private static readonly string[] Rest = [Say("Say", "plan $.External.plan", "Hang up"), Mark("Failed"), Disconnect()];

    private static CallRequest Spanish(params FunctionMock[] mocks) => CallHarness.Request() with
    {
        Mocks = [.. mocks],
        InitialAttributes = new Dictionary<string, string> { ["Language"] = "Spanish" },
    };

    private static FunctionMock Answers(string plan, params (string Key, string Value)[] when) =>
        new("GetCustomer", [MockAnswer.Response("{\"plan\":\"" + plan + "\"}")]) { When = when.ToImmutableDictionary(w => w.Key, w => w.Value, StringComparer.Ordinal) };

    [Fact]
    public async Task When_FirstConditionThatHoldsAnswers_ByParameterOrContactAttribute()
    {
        // Arrange: silver does not hold (gold is sent), the contact attribute does, the catch-all is not needed.
        var request = Spanish(Answers("silver", ("accountType", "silver")), Answers("español", ("$.Attributes.Language", "Spanish"), ("accountType", "gold")),
            Answers("standard"));

        // Act
        var result = await CallHarness.RunFlowAsync(request, [Invoke(), .. Rest]);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("plan español");
        result.Events.OfType<LambdaCalledEvent>().ShouldHaveSingleItem().Note.ShouldNotBeNull().ShouldContain("when $.Attributes.Language=Spanish, accountType=gold");
        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public async Task When_NoConditionHolds_TheMockWithoutWhenAnswersWhereverItIsListed()
    {
        // Arrange: the catch-all is listed first and still does not shadow the condition below it.
        var request = Spanish(Answers("standard"), Answers("silver", ("accountType", "silver")), Answers("french", ("$.Attributes.Language", "French")));

        // Act
        var fallback = await CallHarness.RunFlowAsync(request, [Invoke(), .. Rest]);
        var matched = await CallHarness.RunFlowAsync(request with { InitialAttributes = new Dictionary<string, string> { ["Language"] = "French" } }, [Invoke(), .. Rest]);

        // Assert
        fallback.Prompts.ShouldHaveSingleItem().Text.ShouldBe("plan standard");
        matched.Prompts.ShouldHaveSingleItem().Text.ShouldBe("plan french");
    }

    [Fact]
    public async Task When_NoConditionHoldsAndNoMockWithoutWhen_TakesErrorBranchNamingWhatWasSent()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(Spanish(Answers("silver", ("accountType", "silver"))), [Invoke(), .. Rest]);

        // Assert: the error branch, a transcript line saying what was sent, and the mock is not "unused" (its function was called).
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        var none = result.Diagnostics.Single(d => d.Code == StubMessages.NoMockAnswerMatches.Code);
        none.Message.ShouldContain("'GetCustomer'");
        none.Message.ShouldContain("accountType=gold");
        none.Message.ShouldContain("$.Attributes.Language=Spanish");
        none.Message.ShouldContain("caller=+15555550100");
        result.Events.OfType<DiagnosticEvent>().ShouldContain(e => e.Diagnostic.Code == StubMessages.NoMockAnswerMatches.Code);
        result.Diagnostics.ShouldNotContain(d => d.Code == StubMessages.UnusedMock.Code);
    }

    [Fact]
    public async Task Sent_TranscriptRecordsParametersAndContactAttributes()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(Spanish(Answers("standard")), [Invoke(), .. Rest]);

        // Assert
        var sent = result.Events.OfType<LambdaCalledEvent>().ShouldHaveSingleItem().Sent;
        InvocationValues.Describe(sent).ShouldBe("$.Attributes.Language=Spanish, accountType=gold, caller=+15555550100");
    }

    [Fact]
    public async Task Delay_WithinTheLimit_SucceedsAndTheTranscriptShowsTheDuration()
    {
        // Arrange
        var mock = new FunctionMock("GetCustomer", [MockAnswer.Response("""{"plan":"slow"}""") with { Delay = TimeSpan.FromSeconds(2.5) }]);

        // Act
        var result = await CallHarness.RunFlowAsync(Spanish(mock), [Invoke(), .. Rest]);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("plan slow");
        var lambda = result.Events.OfType<LambdaCalledEvent>().ShouldHaveSingleItem();
        (lambda.Outcome, lambda.Duration).ShouldBe(("succeeded", TimeSpan.FromSeconds(2.5)));
    }

    [Theory]
    [InlineData("\"InvocationTimeLimitSeconds\":\"3\",", 5, 3)]
    [InlineData("", 9, 8)] // no InvocationTimeLimitSeconds: Connect's default of 8 s
    public async Task Delay_PastTheBlocksLimit_TimesOutAtTheLimit(string limit, int delaySeconds, int limitSeconds)
    {
        // Arrange
        var mock = new FunctionMock("GetCustomer", [MockAnswer.Response("""{"plan":"late"}""") with { Delay = TimeSpan.FromSeconds(delaySeconds) }]);

        // Act
        var result = await CallHarness.RunFlowAsync(Spanish(mock), [Invoke(limit), .. Rest]);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        var lambda = result.Events.OfType<LambdaCalledEvent>().ShouldHaveSingleItem();
        (lambda.Outcome, lambda.Duration).ShouldBe(("timedOut", TimeSpan.FromSeconds(limitSeconds)));
        lambda.Error.ShouldNotBeNull().ShouldContain($"answers after {delaySeconds} s, past the block's {limitSeconds} s limit");
    }

    [Theory]
    [InlineData("""{"plan":{"name":"gold","price":"10"}}""", "response key 'plan' is not a string")]
    [InlineData("""{"plan":"gold","options":["sms","email"]}""", "response key 'options' is not a string")]
    [InlineData("""["gold","silver"]""", "the response is not a JSON object")]
    public async Task Response_NotAFlatStringMapUnderStringMap_TakesErrorBranchAndTheTranscriptSaysWhy(string body, string why)
    {
        // Act
        var result = await CallHarness.RunFlowAsync(Spanish(new FunctionMock("GetCustomer", [MockAnswer.Response(body)])), [Invoke(), .. Rest]);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        var lambda = result.Events.OfType<LambdaCalledEvent>().ShouldHaveSingleItem();
        lambda.Outcome.ShouldBe("invalidResponse");
        lambda.Error.ShouldNotBeNull().ShouldContain(why);
    }

    [Fact]
    public async Task StartState_FlowEnteredMidJourney_ReadsItsExternalFlowAndContactAttributes()
    {
        // Arrange
        using var external = JsonDocument.Parse("""{"queue":"Spanish","prompts":{"wait":"Espere"}}""");
        var request = CallHarness.Request() with
        {
            InitialExternal = external.RootElement.Clone(),
            InitialFlowAttributes = new Dictionary<string, string> { ["step"] = "3" },
            InitialAttributes = new Dictionary<string, string> { ["Language"] = "Spanish" },
        };

        // Act
        var result = await CallHarness.RunFlowAsync(request, Say("Say", "$.External.queue $.External.prompts.wait $.FlowAttributes.step $.Attributes.Language", "Hang up"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Spanish Espere 3 Spanish");
        result.Diagnostics.ShouldBeEmpty();
    }
}
