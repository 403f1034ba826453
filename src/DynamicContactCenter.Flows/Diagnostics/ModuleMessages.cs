using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Diagnostics;

/// <summary>What a call says about how a flow module returns to its caller (reference §6.4, issue #12 item 4). Codes DCC3362–DCC3363.</summary>
public static class ModuleMessages
{
    /// <summary>A module's Return names a branch its Settings.Transitions does not declare.</summary>
    public static readonly DiagnosticDescriptor UndeclaredModuleTransition = new("DCC3362",
        "the module returns through '{0}', which its Settings.Transitions does not declare; expected one of {1}.");

    /// <summary>An error inside a module had no branch there: the module ends with Error and its caller takes NoMatchingError.</summary>
    public static readonly DiagnosticDescriptor ModuleEndedWithError = new("DCC3363",
        "{0}: the module ends with Error and the invoking flow takes its NoMatchingError branch.");
}
