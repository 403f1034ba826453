using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>UpdatePreviousContactParticipantState: puts the agent or the customer of the previous contact on hold, or takes them off
/// it (reference §7, other action types). A simulated call does not model the previous contact's participants, so the change is recorded
/// in the transcript and the action succeeds; a state other than AgentOnHold / CustomerOnHold / OffHold takes NoMatchingError.</summary>
internal sealed class UpdatePreviousContactParticipantStateExecutor : SyncExecutor
{
    private const string Name = "PreviousContactParticipantState";
    private static readonly string[] States = ["AgentOnHold", "CustomerOnHold", "OffHold"];

    public static UpdatePreviousContactParticipantStateExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail("UpdatePreviousContactParticipantState") with
    {
        Parameters = [ParameterSpec.OneOf(Name, true, States)],
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        if (c.Action.Parameters.Text(Name) is not { } text)
        {
            return ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, "Parameters." + Name, FlowMessages.MissingParameter.Format, string.Join(", ", States));
        }

        var state = c.ResolveValue(text, "Parameters." + Name, out _);
        if (state is null || !States.Contains(state, StringComparer.Ordinal))
        {
            return ExecutorSupport.Fail(c, ErrorTypes.NoMatchingError, FlowMessages.InvalidParameter.Code, "Parameters." + Name, FlowMessages.InvalidParameter.Format,
                state ?? text, string.Join(", ", States));
        }

        c.Emit(new ParticipantStateEvent(c.FlowName, c.Action.Id, state));
        return ActionOutcome.Next;
    }
}
