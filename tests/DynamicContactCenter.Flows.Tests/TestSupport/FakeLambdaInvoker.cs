using DynamicContactCenter.Flows.Execution;

namespace DynamicContactCenter.Flows.Tests.TestSupport;

/// <summary>A hand-written invoker: answers per function name with a canned result and records every call.</summary>
internal sealed class FakeLambdaInvoker : ILambdaInvoker
{
    private readonly Dictionary<string, Func<string, LambdaInvocationResult>> _answers = new(StringComparer.Ordinal);

    public List<(string Function, string EventJson, TimeSpan TimeLimit)> Calls { get; } = [];

    public FakeLambdaInvoker Returns(string function, string responseJson, double milliseconds = 5) =>
        Answer(function, _ => LambdaInvocationResult.Success(responseJson, TimeSpan.FromMilliseconds(milliseconds)));

    public FakeLambdaInvoker Fails(string function, string error) =>
        Answer(function, _ => LambdaInvocationResult.Failure(error, TimeSpan.FromMilliseconds(3)));

    public FakeLambdaInvoker TimesOut(string function) =>
        Answer(function, _ => LambdaInvocationResult.Failure("timed out", TimeSpan.FromSeconds(8), timedOut: true));

    public FakeLambdaInvoker Throws(string function) =>
        Answer(function, _ => throw new InvalidOperationException("invoker exploded"));

    public FakeLambdaInvoker Answer(string function, Func<string, LambdaInvocationResult> answer)
    {
        _answers[function] = answer;
        return this;
    }

    public Task<LambdaInvocationResult> InvokeAsync(string functionArn, string eventJson, TimeSpan timeLimit, CancellationToken cancellationToken)
    {
        Calls.Add((functionArn, eventJson, timeLimit));
        return Task.FromResult(_answers.TryGetValue(functionArn, out var answer)
            ? answer(eventJson)
            : LambdaInvocationResult.Failure($"no function {functionArn}", TimeSpan.FromMilliseconds(1)));
    }
}
