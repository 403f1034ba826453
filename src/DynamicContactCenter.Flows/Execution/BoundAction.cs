using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution.Actions;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>An action ready to run: its parameters with placeholders resolved, and its executor (a type we do not run gets
/// <see cref="UnsupportedTypeStubExecutor"/>, issue #12 item 3, so binding itself never fails). A placeholder with no value stays as written in the parameters:
/// <see cref="UnresolvedPlaceholder"/> (DCC3305) stops a strict call there, and is a DCC3372 warning otherwise.</summary>
internal sealed record BoundAction(FlowAction Action, ParameterReader Parameters, IActionExecutor Executor,
    Diagnostic? UnresolvedPlaceholder = null)
{
    /// <summary>The placeholder with no value, by name (for the DCC3372 warning), or null.</summary>
    public string? UnresolvedPlaceholderName { get; init; }

    public string Id => Action.Identifier;
}
