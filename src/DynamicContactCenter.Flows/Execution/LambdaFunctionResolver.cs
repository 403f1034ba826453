using DynamicContactCenter.Flows.Instance;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>Maps a Lambda ARN or name from a flow (also a per-environment ARN read from <c>$.External</c>) to the function the
/// invoker knows, or to the instance model's stub response.</summary>
/// <param name="instance">The instance model.</param>
public sealed class LambdaFunctionResolver(InstanceModel instance)
{
    /// <summary>Resolves <paramref name="reference"/>. A function with a <c>stub:</c> is answered by the stub: that is how the instance
    /// model serves functions of a user's own flows that we do not have.</summary>
    public ResolvedFunction Resolve(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var definition = instance.FindFunction(reference);
        if (definition is null) return new ResolvedFunction(reference, null, LambdaServedBy.Unknown);
        return new ResolvedFunction(reference, definition, definition.StubResponseJson is null ? LambdaServedBy.Invoker : LambdaServedBy.Stub);
    }
}
