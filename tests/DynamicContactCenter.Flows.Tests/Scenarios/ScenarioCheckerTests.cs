using System.Collections.Immutable;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Scenarios;
using DynamicContactCenter.Flows.Transcript;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Flows.Tests.Scenarios;

public sealed class ScenarioCheckerTests
{
    private static readonly RoutingData Routing = new("Org", "English", [],
        [new DialedNumber("+14443331111", "Spanish line", "arn:q2", "Spanish")],
        [Language("English", "Joanna", "en-US", "Sorry.", "Bye."), Language("Spanish", "Lupe", "es-US", "Lo sentimos.", "Adiós.")]);

    private static PromptSet Language(string name, string voice, string code, string error, string exit) => new(name, voice, code,
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string>
        {
            [PromptNames.Intro] = $"{name} intro",
            [PromptNames.Closed] = $"{name} closed",
            [PromptNames.Error] = error,
            [PromptNames.Exit] = exit,
        }));

    private static PromptSpokenEvent Says(string text, string voice = "Lupe", string code = "es-US") => new("F", "a", text, "text", voice, code);

    private static LambdaCalledEvent Lambda(string name, string outcome) => new("InitFlow", "l", "arn:" + name, name, "invoker", TimeSpan.Zero, outcome, null, null);

    private static ErrorBranchEvent ErrorBranch => new("InitFlow", "l", "NoMatchingError", "NoMatchingError", "boom", "Play error prompt");

    private static CallResult Result(CallOutcome outcome, params TranscriptEvent[] events) => new(outcome,
        outcome == CallOutcome.Queued ? new QueueInfo("Spanish", "arn:q2") : null, [.. events], [],
        ImmutableDictionary<string, string>.Empty.Add("Language", "Spanish"), "Lupe", "es-US", events.Length);

    [Fact]
    public void Check_ResultMeetsEveryExpectation_NoFailures()
    {
        // Arrange
        var result = Result(CallOutcome.Queued, Lambda("GetLambdas", "succeeded"), Says("Spanish intro"), Says("Hold on"));
        var expect = new ScenarioExpectation
        {
            Outcome = CallOutcome.Queued,
            Queue = "arn:q2",
            Voice = "lupe",
            LanguageCode = "es-US",
            Prompts = [new PromptExpectation(null, null, PromptNames.Intro, "Spanish") { Voice = "Lupe" }, new PromptExpectation(null, new("^Hold"), null, null)],
            Attributes = ImmutableDictionary<string, string>.Empty.Add("Language", "Spanish"),
            Lambdas = [new LambdaExpectation("GetLambdas", "succeeded")],
            ErrorPath = false,
        };

        // Act
        var sut = ScenarioChecker.Check(expect, result, Routing);

        // Assert
        sut.ShouldBeEmpty();
    }

    [Fact]
    public void Check_ResultDiffers_ListsEachKeyAsExpectedVsActual()
    {
        // Arrange
        var result = Result(CallOutcome.Queued, Lambda("GetLambdas", "succeeded"), Says("Spanish intro"), Says("Extra"));
        var expect = new ScenarioExpectation
        {
            Outcome = CallOutcome.Disconnected,
            Queue = "French",
            Voice = "Chantal",
            Prompts = [new PromptExpectation(null, null, PromptNames.Intro, "English")],
            Attributes = ImmutableDictionary<string, string>.Empty.Add("Language", "French").Add("Name", "x"),
            Lambdas = [new LambdaExpectation("GetLambdas", "failed"), new LambdaExpectation("GetPrompts", null)],
        };

        // Act
        var sut = ScenarioChecker.Check(expect, result, Routing);

        // Assert
        sut.ShouldBe([
            new ExpectationFailure("outcome", "disconnected", "queued"),
            new ExpectationFailure("queue", "French", "Spanish (arn:q2)"),
            new ExpectationFailure("voice", "Chantal", "Lupe"),
            new ExpectationFailure("prompts[0]", "English introPrompt \"English intro\"", "\"Spanish intro\" [Lupe, es-US]"),
            new ExpectationFailure("prompts[1]", "(nothing)", "\"Extra\" [Lupe, es-US]"),
            new ExpectationFailure("attributes.Language", "\"French\"", "\"Spanish\""),
            new ExpectationFailure("attributes.Name", "\"x\"", "(not set)"),
            new ExpectationFailure("lambdas[0]", "GetLambdas failed", "GetLambdas succeeded"),
            new ExpectationFailure("lambdas[1]", "GetPrompts", "(nothing)"),
        ]);
    }

    [Fact]
    public void Check_PromptSpokenInAnotherVoice_Fails()
    {
        // Arrange
        var result = Result(CallOutcome.Disconnected, Says("Hola", voice: "Joanna"));
        var expect = new ScenarioExpectation { Prompts = [PromptExpectation.Exact("Hola") with { Voice = "Lupe" }] };

        // Act
        var sut = ScenarioChecker.Check(expect, result, Routing);

        // Assert
        sut.ShouldHaveSingleItem().Key.ShouldBe("prompts[0]");
    }

    [Fact]
    public void Check_PromptsIncludeOutOfOrder_FailsNamingTheFirstMissing()
    {
        // Arrange
        var result = Result(CallOutcome.Disconnected, Says("b"), Says("a"));
        var expect = new ScenarioExpectation { PromptsInclude = [PromptExpectation.Exact("a"), PromptExpectation.Exact("b")] };

        // Act
        var sut = ScenarioChecker.Check(expect, result, Routing);

        // Assert
        var failure = sut.ShouldHaveSingleItem();
        failure.Key.ShouldBe("promptsInclude[1]");
        failure.Actual.ShouldBe("not heard; heard \"b\", \"a\"");
    }

    [Fact]
    public void Check_PromptReferenceNotInRoutingData_FailsSayingSo()
    {
        // Arrange
        var result = Result(CallOutcome.Disconnected, Says("x"));
        var expect = new ScenarioExpectation { Prompts = [new PromptExpectation(null, null, PromptNames.Intro, "Klingon")] };

        // Act
        var sut = ScenarioChecker.Check(expect, result, Routing);

        // Assert
        sut.ShouldHaveSingleItem().Actual.ShouldBe("Klingon introPrompt is not in the routing data");
    }

    public static TheoryData<string, CallResult, bool> ErrorPaths => new()
    {
        { "error + exit of one language after an error", Result(CallOutcome.Disconnected, Lambda("GetLambdas", "succeeded"), Says("Spanish intro"), ErrorBranch, Says("Lo sentimos."), Says("Adiós.")), true },
        { "fixed fallback when no function answered yet", Result(CallOutcome.Disconnected, Lambda("GetLambdas", "failed"), ErrorBranch, Says("We are sorry. Goodbye.")), true },
        { "closed treatment is no error path", Result(CallOutcome.Disconnected, Says("Spanish intro"), Says("Spanish closed"), Says("Adiós.")), false },
        { "error prompt of one language, exit of another", Result(CallOutcome.Disconnected, Lambda("GetLambdas", "succeeded"), ErrorBranch, Says("Sorry."), Says("Adiós.")), false },
        { "error prompts but not disconnected", Result(CallOutcome.Ended, Lambda("GetLambdas", "succeeded"), ErrorBranch, Says("Sorry."), Says("Bye.")), false },
        { "fallback plus more prompts", Result(CallOutcome.Disconnected, ErrorBranch, Says("We are sorry."), Says("Sorry.")), false },
    };

    [Theory]
    [MemberData(nameof(ErrorPaths))]
    public void Check_ErrorPath_PassesOnlyForErrorThenErrorAndExitPromptsThenDisconnect(string situation, CallResult result, bool isErrorPath)
    {
        // Act
        var asTrue = ScenarioChecker.Check(new ScenarioExpectation { ErrorPath = true }, result, Routing);
        var asFalse = ScenarioChecker.Check(new ScenarioExpectation { ErrorPath = false }, result, Routing);

        // Assert
        asTrue.IsEmpty.ShouldBe(isErrorPath, situation);
        asFalse.IsEmpty.ShouldBe(!result.Events.OfType<ErrorBranchEvent>().Any(), situation);
    }

    [Fact]
    public void Check_PromptsIncludeWithCatastrophicPattern_FailsSayingThePatternTimedOutNotThatNothingWasHeard()
    {
        // Arrange: nested quantifiers on a prompt that never ends in X backtrack exponentially, past a short match timeout.
        var pattern = new System.Text.RegularExpressions.Regex("^(a+)+X$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(20));
        var result = Result(CallOutcome.Queued, Says(new string('a', 40)));
        var expect = new ScenarioExpectation { PromptsInclude = [new PromptExpectation(null, pattern, null, null)] };

        // Act
        var sut = ScenarioChecker.Check(expect, result, Routing);

        // Assert
        var failure = sut.ShouldHaveSingleItem();
        failure.Key.ShouldBe("promptsInclude[0]");
        failure.Actual.ShouldContain("pattern /^(a+)+X$/ did not finish matching");
        failure.Actual.ShouldNotContain("not heard");
    }
}
