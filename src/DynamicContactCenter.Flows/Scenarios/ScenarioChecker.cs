using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Transcript;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>Checks a finished call against a scenario's expectations and lists every one it did not meet, as expected vs actual.</summary>
public static class ScenarioChecker
{
    private const string Nothing = "(nothing)";

    /// <summary>The expectations <paramref name="result"/> does not meet; empty when the scenario passes.</summary>
    /// <param name="expect">What must be true.</param>
    /// <param name="result">What the call did.</param>
    /// <param name="routing">The routing data the call ran on: resolves <c>prompt: introPrompt</c> references and the error/exit prompts
    /// of <see cref="ScenarioExpectation.ErrorPath"/>; null when unknown.</param>
    public static ImmutableArray<ExpectationFailure> Check(ScenarioExpectation expect, CallResult result, RoutingData? routing)
    {
        ArgumentNullException.ThrowIfNull(expect);
        ArgumentNullException.ThrowIfNull(result);
        var failures = ImmutableArray.CreateBuilder<ExpectationFailure>();
        if (expect.Outcome is { } outcome && outcome != result.Outcome)
        {
            var reason = result.Diagnostics.FirstOrDefault(d => d.IsError) is { } stop ? $" ({stop.Code}: {stop.Message})" : "";
            failures.Add(new("outcome", Name(outcome), result.OutcomeName + reason));
        }

        if (expect.Queue is { } queue && (result.Queue is null || (result.Queue.Name != queue && result.Queue.Arn != queue)))
        {
            failures.Add(new("queue", queue, result.Queue is null ? $"not queued ({result.OutcomeName})" : $"{result.Queue.Name} ({result.Queue.Arn})"));
        }

        if (expect.Voice is { } voice && !string.Equals(voice, result.Voice, StringComparison.OrdinalIgnoreCase)) failures.Add(new("voice", voice, result.Voice));
        if (expect.LanguageCode is { } code && code != result.LanguageCode) failures.Add(new("languageCode", code, result.LanguageCode));

        var heard = result.Prompts.ToList();
        if (!expect.Prompts.IsDefault) CheckPrompts(expect.Prompts, heard, routing, failures);
        CheckIncluded(expect.PromptsInclude, heard, routing, failures);

        foreach (var (name, value) in expect.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var actual = result.Attributes.GetValueOrDefault(name);
            if (actual != value) failures.Add(new($"attributes.{name}", Quote(value), actual is null ? "(not set)" : Quote(actual)));
        }

        if (!expect.Lambdas.IsDefault) CheckLambdas(expect.Lambdas, [.. result.Events.OfType<LambdaCalledEvent>()], failures);
        if (expect.ErrorPath == true && ErrorPathProblem(result, routing) is { } problem)
        {
            failures.Add(new("errorPath", "an error branch, then error + exit prompts, then a disconnect", problem));
        }

        var branches = result.Events.OfType<ErrorBranchEvent>().ToList();
        if (expect.ErrorPath == false && branches.Count > 0)
        {
            failures.Add(new("errorPath", "no error branch", "the call took the error branch: " + string.Join(" → ", branches.Select(e => $"{e.Flow} '{e.Action}' {e.ErrorType}"))));
        }

        if (expect.AnsweredAfter is { } answered && result.AnsweredAfter != answered)
        {
            failures.Add(new("answeredAfter", Execution.Queueing.WaitDurationParser.Format(answered),
                result.AnsweredAfter is { } actual ? Execution.Queueing.WaitDurationParser.Format(actual) : $"no agent answered ({result.OutcomeName})"));
        }

        CustomerDataChecker.Check(expect.CustomerData, result, failures);
        if (!expect.Tasks.IsDefault) TaskExpectations.Check(expect.Tasks, result, failures);
        return failures.ToImmutable();
    }

    /// <summary>Why the call is not an error path (null when it is): disconnected after an error branch, having heard the error and exit
    /// prompts of one routing language, or, when the error came before any function answered (so no routing data was known), exactly one
    /// prompt: the flow's fixed fallback.</summary>
    public static string? ErrorPathProblem(CallResult result, RoutingData? routing)
    {
        ArgumentNullException.ThrowIfNull(result);
        var events = result.Events;
        var first = events.IndexOf(events.FirstOrDefault(e => e is ErrorBranchEvent)!);
        if (first < 0) return $"no error branch was taken ({result.OutcomeName})";
        if (result.Outcome != CallOutcome.Disconnected) return $"the call ended {result.OutcomeName} after the error branch, not disconnected";
        var after = events.Skip(first).OfType<PromptSpokenEvent>().Select(p => p.Text).ToList();
        var knewData = events.Take(first).OfType<LambdaCalledEvent>().Any(l => l.Outcome == "succeeded");
        if (!knewData)
        {
            return after.Count == 1 ? null : $"{after.Count} prompt(s) after the error, expected the flow's one fallback prompt: {List(after)}";
        }

        if (after.Count == 2 && routing is not null
            && routing.Languages.Any(l => l.Prompts.GetValueOrDefault(PromptNames.Error) == after[0] && l.Prompts.GetValueOrDefault(PromptNames.Exit) == after[1]))
        {
            return null;
        }

        return $"heard after the error: {List(after)}; expected one language's errorPrompt then exitPrompt";
    }

    private static void CheckPrompts(ImmutableArray<PromptExpectation> expected, List<PromptSpokenEvent> heard, RoutingData? routing, ImmutableArray<ExpectationFailure>.Builder failures)
    {
        for (var i = 0; i < Math.Max(expected.Length, heard.Count); i++)
        {
            var key = $"prompts[{i}]";
            if (i >= expected.Length)
            {
                failures.Add(new(key, Nothing, Describe(heard[i])));
                continue;
            }

            var (ok, problem) = i < heard.Count ? Matches(expected[i], heard[i], routing) : (false, null);
            if (!ok) failures.Add(new(key, Expectation(expected[i], routing), problem ?? (i < heard.Count ? Describe(heard[i]) : Nothing)));
        }
    }

    private static void CheckIncluded(ImmutableArray<PromptExpectation> expected, List<PromptSpokenEvent> heard, RoutingData? routing, ImmutableArray<ExpectationFailure>.Builder failures)
    {
        var next = 0;
        for (var i = 0; i < expected.Length; i++)
        {
            var found = -1;
            string? problem = null;
            for (var j = next; j < heard.Count && found < 0 && problem is null; j++)
            {
                // A problem is the answer, not "not heard": a pattern that timed out is broken whatever the other prompts say, and
                // a prompt missing from the routing data matches none of them; the problem names what to fix.
                (var ok, problem) = Matches(expected[i], heard[j], routing);
                if (ok) found = j;
            }

            if (found < 0)
            {
                failures.Add(new($"promptsInclude[{i}]", Expectation(expected[i], routing) + (next == 0 ? "" : $" after prompt {next}"),
                    problem ?? "not heard; heard " + List(heard.Select(p => p.Text))));
                return;
            }

            next = found + 1;
        }
    }

    private static void CheckLambdas(ImmutableArray<LambdaExpectation> expected, List<LambdaCalledEvent> called, ImmutableArray<ExpectationFailure>.Builder failures)
    {
        for (var i = 0; i < Math.Max(expected.Length, called.Count); i++)
        {
            var actual = i < called.Count ? $"{called[i].FunctionName ?? called[i].Function} {called[i].Outcome}" + (called[i].Error is null ? "" : $" ({called[i].Error})") : Nothing;
            if (i >= expected.Length)
            {
                failures.Add(new($"lambdas[{i}]", Nothing, actual));
                continue;
            }

            var e = expected[i];
            var ok = i < called.Count && (called[i].FunctionName == e.Function || called[i].Function == e.Function) && (e.Outcome is null || e.Outcome == called[i].Outcome);
            if (!ok) failures.Add(new($"lambdas[{i}]", e.ToString(), actual));
            else CheckSent(i, e, called[i], failures);
        }
    }

    /// <summary>Each value the function had to be sent and was not: the key names the call and the function, e.g.
    /// <c>lambdas[0] GetCustomer sent.accountType</c>.</summary>
    private static void CheckSent(int index, LambdaExpectation expected, LambdaCalledEvent called, ImmutableArray<ExpectationFailure>.Builder failures)
    {
        foreach (var (key, value, actual) in InvocationValues.Mismatches(expected.Sent, called.Sent))
        {
            failures.Add(new($"lambdas[{index}] {expected.Function} sent.{key}", Quote(value), actual is null ? "(not sent)" : Quote(actual)));
        }
    }

    /// <summary>A scenario's own mock (or fault) whose function no flow called (DCC3373) fails the scenario: with a typo in its name it would
    /// otherwise pass having tested nothing. Mocks from <c>defaults:</c> serve many scenarios, and stay a warning.</summary>
    public static ImmutableArray<ExpectationFailure> UnusedMocks(ImmutableArray<FunctionMock> mocks, CallResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var failures = ImmutableArray.CreateBuilder<ExpectationFailure>();
        foreach (var mock in mocks.Where(m => !m.FromDefaults))
        {
            if (result.Diagnostics.Any(d => d.Code == Diagnostics.StubMessages.UnusedMock.Code && d.Message == Diagnostics.StubMessages.UnusedMock.Message(mock.Target)))
            {
                failures.Add(new($"{mock.Label}s '{mock.Target}'", "a call of this function", "no flow called it (check its name, ARN or placeholder text)"));
            }
        }

        return failures.ToImmutable();
    }

    private static (bool Ok, string? Problem) Matches(PromptExpectation expected, PromptSpokenEvent heard, RoutingData? routing)
    {
        bool textOk;
        if (expected.Text is { } text) textOk = text == heard.Text;
        else if (expected.Pattern is { } pattern)
        {
            // A pattern with nested quantifiers can backtrack for ever; the 1 s match timeout stops it, and the scenario fails
            // naming the pattern instead of ending the whole run with an unhandled exception.
            try
            {
                textOk = pattern.IsMatch(heard.Text);
            }
            catch (RegexMatchTimeoutException)
            {
                return (false, ScenarioMessages.PatternTimedOut.CodedMessage(pattern, pattern.MatchTimeout.TotalSeconds, Describe(heard)));
            }
        }
        else if (Resolve(expected, routing) is { } resolved) textOk = resolved == heard.Text;
        else return (false, $"{expected.Language} {expected.PromptName} is not in the routing data");

        var voiceOk = expected.Voice is null || string.Equals(expected.Voice, heard.Voice, StringComparison.OrdinalIgnoreCase);
        var codeOk = expected.LanguageCode is null || expected.LanguageCode == heard.LanguageCode;
        return (textOk && voiceOk && codeOk, null);
    }

    private static string? Resolve(PromptExpectation expected, RoutingData? routing) =>
        routing?.Languages.FirstOrDefault(l => l.Language == expected.Language)?.Prompts.GetValueOrDefault(expected.PromptName!);

    private static string Expectation(PromptExpectation expected, RoutingData? routing) =>
        expected.PromptName is not null && Resolve(expected, routing) is { } text
            ? $"{expected} \"{text}\""
            : expected.ToString();

    private static string Describe(PromptSpokenEvent prompt) => $"\"{prompt.Text}\" [{prompt.Voice}, {prompt.LanguageCode}]";

    private static string Quote(string text) => $"\"{text}\"";

    private static string List(IEnumerable<string> texts)
    {
        var quoted = texts.Select(Quote).ToList();
        return quoted.Count == 0 ? Nothing : string.Join(", ", quoted);
    }

    private static string Name(CallOutcome outcome) => outcome.ToString().ToLowerInvariant();
}
