using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>The walk's Lambda functions: the real ones (through the request's invoker), each distinct (function, event) called once
/// however many paths send it. A function the instance model does not know answers an empty object: what it returns cannot be
/// checked, so the walk marks <c>$.External</c> unknown after it (DCC5205 warns about the call itself).</summary>
internal sealed class WalkInvoker(ILambdaInvoker functions, InstanceModel instance) : ILambdaInvoker
{
    private readonly Dictionary<string, LambdaInvocationResult> _answers = new(StringComparer.Ordinal);

    /// <summary>The response of the last call, for its size (DCC5204), or null when it failed or there was none.</summary>
    public string? LastResponseJson { get; set; }

    public async Task<LambdaInvocationResult> InvokeAsync(string functionArn, string eventJson, TimeSpan timeLimit, CancellationToken cancellationToken)
    {
        if (instance.FindFunction(functionArn) is null) return LambdaInvocationResult.Success("{}", TimeSpan.Zero, "unknown function: not called");
        var key = functionArn + "\n" + eventJson;
        if (!_answers.TryGetValue(key, out var answer))
        {
            answer = await functions.InvokeAsync(functionArn, eventJson, timeLimit, cancellationToken);
            _answers[key] = answer;
        }

        LastResponseJson = answer.Succeeded ? answer.ResponseJson : null;
        return answer;
    }
}
