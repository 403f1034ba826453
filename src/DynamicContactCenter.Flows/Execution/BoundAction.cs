using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution.Actions;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>An action ready to run: its parameters with placeholders resolved, and its executor. A bind error (unsupported type,
/// placeholder with no value) stops the call only if the call reaches the action.</summary>
internal sealed record BoundAction(FlowAction Action, ParameterReader Parameters, IActionExecutor? Executor, Diagnostic? BindError)
{
    public string Id => Action.Identifier;
}
