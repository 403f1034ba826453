using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Diagnostics;

/// <summary>What a call says about the simulated wait in queue and the hook flows it runs (issue #12 item 4). Codes DCC3360–DCC3361;
/// <see cref="ModuleMessages"/> holds DCC3362–DCC3363 of the same range.</summary>
public static class QueueWaitMessages
{
    /// <summary>A hook flow ran many actions while the virtual clock stood still: it would loop forever without the caller hearing anything.</summary>
    public static readonly DiagnosticDescriptor ClockStalled = new("DCC3360",
        "the {0} flow ran {1} actions without the virtual clock moving (no prompt, loop prompts or Wait among them), so the wait could never end; it stops here instead of looping forever.");

    /// <summary>A hook (set by UpdateContactEventHooks or an instance default) names a flow the instance model does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownHookFlow = new("DCC3361",
        "the {0} hook names '{1}', which is not a flow of the instance model: the caller hears nothing from it (--strict makes this an error).");
}
