using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>UpdateContactEventHooks: stores the hook flows (CustomerQueue, CustomerRemaining, ...) on the contact. With a wait in queue
/// (<c>--wait</c>) the CustomerQueue, CustomerWhisper and AgentWhisper hooks run (<see cref="Queueing.QueueWaitRunner"/>); the others are
/// recorded only.</summary>
internal sealed class UpdateContactEventHooksExecutor : SyncExecutor
{
    public static UpdateContactEventHooksExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(ActionTypes.UpdateContactEventHooks);

    private static readonly HashSet<string> ValidTypes = new(StringComparer.Ordinal)
    {
        "AgentHold", "AgentWhisper", "CustomerHold", "CustomerQueue", "CustomerRemaining", "CustomerWhisper", "DefaultAgentUI",
        "DisconnectAgentUI", "PauseContact", "ResumeContact",
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        if (c.Action.Parameters.Object("EventHooks") is not { } hooks)
        {
            return ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, "Parameters.EventHooks", FlowMessages.MissingParameter.Format, "an object of event type to flow ARN");
        }

        var updates = new List<(string, string)>();
        foreach (var hook in hooks.EnumerateObject())
        {
            var field = "Parameters.EventHooks." + hook.Name;
            if (!ValidTypes.Contains(hook.Name))
            {
                return ExecutorSupport.Fail(c, ErrorTypes.NoMatchingError, FlowMessages.InvalidParameter.Code, field, FlowMessages.InvalidParameter.Format, hook.Name,
                    string.Join(", ", ValidTypes.Order(StringComparer.Ordinal)));
            }

            updates.Add((hook.Name, c.ResolveValue(Parsing.FlowDocumentReader.ScalarText(hook.Value), field, out _) ?? ""));
        }

        foreach (var (type, flow) in updates)
        {
            c.EventHooks[type] = flow;
            ExecutorSupport.Setting(c, "EventHook." + type, c.Instance.FindFlow(flow)?.Name ?? flow);
        }

        return ActionOutcome.Next;
    }
}
