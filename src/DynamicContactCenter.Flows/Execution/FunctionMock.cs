using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>A scenario's or call's answer for a Lambda function: it wins over the instance model's function (and its <c>stub:</c>) and
/// answers functions the instance model does not know (stubs).</summary>
/// <param name="Target">What it answers: a function name (<c>GetSurveyConfig</c>), an ARN, or the placeholder text as the flow writes it
/// (<c>${LambdaGetSurveyConfig.Arn}</c>, <c>{{lambda_arn}}</c>).</param>
/// <param name="Answers">One answer per invocation, in order; the last one repeats once the sequence is used up.</param>
public sealed record FunctionMock(string Target, ImmutableArray<MockAnswer> Answers)
{
    /// <summary>True when this mock answers a call to <paramref name="reference"/> (the ARN or text the flow invoked after binding),
    /// which the instance model may know as <paramref name="functionName"/>.</summary>
    public bool Matches(string reference, string? functionName)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return Target == reference
            || (functionName is not null && Target == functionName)
            || reference.EndsWith(":function:" + Target, StringComparison.Ordinal)
            || reference.EndsWith(":function:" + Target + ":$LATEST", StringComparison.Ordinal)
            || reference == "${" + Target + "}"
            || reference == "{{" + Target + "}}";
    }

    /// <summary>The answer for the <paramref name="invocation"/>th call (0-based) of this mock.</summary>
    public MockAnswer AnswerFor(int invocation) => Answers[Math.Min(invocation, Answers.Length - 1)];

    /// <summary>What the function must be sent for this mock to answer (<c>when:</c>, keys as <see cref="InvocationValues"/>); empty: any
    /// invocation. Of a function's mocks, the first whose <c>when:</c> holds answers, else its mock without <c>when:</c>, else the block
    /// takes its error branch (DCC3390).</summary>
    public ImmutableDictionary<string, string> When { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>True when this mock answers only invocations that send what <see cref="When"/> lists.</summary>
    public bool IsConditioned => !When.IsEmpty;

    /// <summary>True when this mock came from a scenario file's <c>defaults:</c> (a scenario need not use it; its own mocks must be used).</summary>
    public bool FromDefaults { get; init; }

    /// <summary>What the transcript calls it: <c>mock</c>, or <c>fault</c> for a scenario's <c>faults:</c> entry answered the same way.</summary>
    public string Label { get; init; } = "mock";

    /// <summary>True when <paramref name="sent"/> holds every value of <see cref="When"/>.</summary>
    public bool Accepts(IReadOnlyDictionary<string, string> sent) => !InvocationValues.Mismatches(When, sent).Any();
}

/// <summary>One answer of a <see cref="FunctionMock"/>: a response body, an error, or a timeout.</summary>
/// <param name="ResponseJson">The response body (a JSON object; a flat string map where the block expects STRING_MAP), or null.</param>
/// <param name="Throws">The error the function raises, or null.</param>
/// <param name="TimesOut">True when the function does not answer within the block's time limit.</param>
public sealed record MockAnswer(string? ResponseJson, string? Throws = null, bool TimesOut = false)
{
    /// <summary>An answer with a response body.</summary>
    public static MockAnswer Response(string json) => new(json);

    /// <summary>An answer that raises <paramref name="error"/>.</summary>
    public static MockAnswer Error(string error) => new(null, error);

    /// <summary>An answer that never comes in time.</summary>
    public static MockAnswer Timeout { get; } = new(null, null, TimesOut: true);

    /// <summary>How long the function takes to answer (<c>delay: 3s</c>), on the call's virtual clock: past the block's
    /// <c>InvocationTimeLimitSeconds</c> the answer is a timeout.</summary>
    public TimeSpan Delay { get; init; }
}
