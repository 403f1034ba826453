using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Scenarios;

namespace DynamicContactCenter.Local.Scenarios;

/// <summary>Answers the functions a scenario breaks with their fault instead of calling them; every other function is served normally.</summary>
/// <remarks>A timeout is reported at once with the block's full time limit as its duration, so a scenario never waits the 8 seconds.</remarks>
public sealed class FaultInjectingInvoker(ILambdaInvoker inner, IReadOnlyCollection<ScenarioFault> faults) : ILambdaInvoker
{
    /// <summary>What a function answers for <see cref="ScenarioFaultKind.FunctionReturnsNested"/>: an object where STRING_MAP needs a string.</summary>
    public const string NestedResponse = "{\"errorPrompt\":{\"text\":\"nested\"},\"voice\":{\"name\":\"Joanna\"}}";

    /// <summary>What a function answers for <see cref="ScenarioFaultKind.FunctionReturnsNotJson"/>: a gateway's HTML error page.</summary>
    public const string NotJsonResponse = "<html><body>502 Bad Gateway</body></html>";

    /// <inheritdoc />
    public Task<LambdaInvocationResult> InvokeAsync(string functionArn, string eventJson, TimeSpan timeLimit, CancellationToken cancellationToken)
    {
        var fault = faults.FirstOrDefault(f => f.IsFunctionFault && Hits(f.Target, functionArn));
        if (fault is null) return inner.InvokeAsync(functionArn, eventJson, timeLimit, cancellationToken);
        var elapsed = TimeSpan.FromMilliseconds(1);
        return Task.FromResult(fault.Kind switch
        {
            ScenarioFaultKind.FunctionThrows => LambdaInvocationResult.Failure($"Unhandled: injected fault: {fault.Target} threw", elapsed),
            ScenarioFaultKind.FunctionTimesOut => LambdaInvocationResult.Failure($"{functionArn} did not answer within {timeLimit.TotalSeconds:0.#} s (injected fault)", timeLimit, timedOut: true),
            ScenarioFaultKind.FunctionReturnsNested => LambdaInvocationResult.Success(NestedResponse, elapsed),
            ScenarioFaultKind.FunctionReturnsNotJson => LambdaInvocationResult.Success(NotJsonResponse, elapsed),
            _ => LambdaInvocationResult.Success(fault.Response ?? "", elapsed),
        });
    }

    // The invoker is called with the instance model's function name (GetPrompts) or, for a function it does not know, the ARN.
    private static bool Hits(string target, string functionArn) =>
        functionArn == target || functionArn.EndsWith(":" + target, StringComparison.Ordinal) || functionArn.EndsWith("-" + target, StringComparison.Ordinal);
}
