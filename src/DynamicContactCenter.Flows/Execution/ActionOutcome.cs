using DynamicContactCenter.Flows.Catalog;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>What one action did, as a value (no exceptions for control flow): the interpreter turns it into the next action or the end.</summary>
internal abstract record ActionOutcome
{
    /// <summary>Success without a result: follow NextAction.</summary>
    public static ActionOutcome Next { get; } = new NextOutcome();

    /// <summary>Success with a result: evaluate the conditions in order.</summary>
    public sealed record ResultOutcome(string? Value, string Check) : ActionOutcome;

    /// <summary>An error: look up <paramref name="ErrorType"/>, then NoMatchingError.</summary>
    public sealed record ErrorOutcome(string ErrorType, string Reason, Diagnostic? Diagnostic = null) : ActionOutcome;

    /// <summary>The contact is disconnected.</summary>
    public sealed record DisconnectOutcome(string Reason) : ActionOutcome;

    /// <summary>The flow ends without a disconnect.</summary>
    public sealed record EndOutcome(string Reason) : ActionOutcome;

    /// <summary>The contact was queued.</summary>
    public sealed record QueuedOutcome(QueueDefinition Queue) : ActionOutcome;

    /// <summary>Control moves to another flow.</summary>
    public sealed record TransferOutcome(FlowResolution Target) : ActionOutcome;

    /// <summary>Control moves to a flow the instance model does not know (a stub): the call ends <see cref="CallOutcome.Transferred"/>.
    /// <paramref name="Kind"/> is the transcript's transfer kind: <c>flow</c>, or <c>agent</c> for TransferContactToAgent.</summary>
    public sealed record TransferredOutOutcome(string Target, string Kind = "flow") : ActionOutcome;

    /// <summary>A module starts; the caller continues at NextAction when it returns.</summary>
    public sealed record EnterModuleOutcome(FlowResolution Module) : ActionOutcome;

    /// <summary>A module returns to its caller, through <paramref name="Transition"/> (one of the module's <c>Settings.Transitions</c>),
    /// or Success when null.</summary>
    public sealed record ReturnOutcome(string? Transition = null) : ActionOutcome;

    /// <summary>The run stops on a diagnostic (outcome Error).</summary>
    public sealed record StopOutcome(Diagnostic Diagnostic) : ActionOutcome;

    /// <summary>The caller hung up (the caller model's patience ran out): the call ends <see cref="CallOutcome.Abandoned"/>.</summary>
    public sealed record AbandonedOutcome(string Reason) : ActionOutcome;

    private sealed record NextOutcome : ActionOutcome;

    /// <summary>True for <see cref="Next"/>.</summary>
    public bool IsNext => this is NextOutcome;
}
