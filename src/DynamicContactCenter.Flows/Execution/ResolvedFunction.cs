using DynamicContactCenter.Flows.Instance;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>A Lambda reference resolved against the instance model.</summary>
/// <param name="Reference">The ARN or name as the flow gave it.</param>
/// <param name="Definition">The instance model's function, or null when unknown.</param>
/// <param name="ServedBy">Who answers the call.</param>
public sealed record ResolvedFunction(string Reference, FunctionDefinition? Definition, LambdaServedBy ServedBy)
{
    /// <summary>What to pass to <see cref="ILambdaInvoker.InvokeAsync"/>: the function name when known, else the reference.</summary>
    public string InvokeName => Definition?.Name ?? Reference;
}
