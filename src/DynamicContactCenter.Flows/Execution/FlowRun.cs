using System.Text.Json;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>Per-flow-run data (reference §3): flow attributes, the last Lambda result, stored input and metrics. A module gets its own;
/// a transfer starts a new one (carrying <c>$.External</c> by default, see <see cref="InterpreterOptions"/>).</summary>
internal sealed class FlowRun(BoundFlow flow, FlowRun? caller, BoundAction? returnAction)
{
    public BoundFlow Flow { get; } = flow;

    /// <summary>The run that invoked this module, or null for a flow.</summary>
    public FlowRun? Caller { get; } = caller;

    /// <summary>The caller's InvokeFlowModule action, whose NextAction follows the module's return.</summary>
    public BoundAction? ReturnAction { get; } = returnAction;

    public Dictionary<string, string> FlowAttributes { get; } = new(StringComparer.Ordinal);

    public JsonElement? External { get; set; }

    public string? StoredCustomerInput { get; set; }

    public Dictionary<string, string> Metrics { get; } = new(StringComparer.Ordinal);

    /// <summary>The last Lex result of this run (<c>$.Lex.*</c>); a module has its own (reference §6.4).</summary>
    public Bots.LexResult? Lex { get; set; }

    public int ModuleDepth => Caller is null ? 0 : Caller.ModuleDepth + 1;

    /// <summary>A copy of this run's data for a fork of the contact (see <c>CallContext.Fork</c>); the caller runs are shared.</summary>
    public FlowRun Fork()
    {
        var copy = new FlowRun(Flow, Caller, ReturnAction) { External = External, StoredCustomerInput = StoredCustomerInput, Lex = Lex };
        foreach (var (key, value) in FlowAttributes) copy.FlowAttributes[key] = value;
        foreach (var (key, value) in Metrics) copy.Metrics[key] = value;
        return copy;
    }
}
