using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Resume contact" (ResumeContact): no parameters, no conditions, NoMatchingError, every flow type
/// (API:contact-actions-updatecontactresumecontact). It resumes a paused task; the block's page routes voice, chat and email to the
/// Error branch (ADM:resume-contact), so only a TASK contact resumes. A simulated task is never paused, so resuming it is recorded
/// (setting <c>ContactState = Resumed</c>) and the flow goes on; the page's advice to queue the task afterwards is the flow's business.</summary>
internal sealed class ResumeContactExecutor : SyncExecutor
{
    private const string Type = "ResumeContact";

    public static ResumeContactExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(Type);

    protected override ActionOutcome Execute(CallContext c)
    {
        if (!string.Equals(c.Channel, "TASK", StringComparison.OrdinalIgnoreCase))
        {
            return new ActionOutcome.ErrorOutcome(ErrorTypes.NoMatchingError, $"{Type} resumes task contacts only; this contact's channel is {c.Channel}");
        }

        ExecutorSupport.Setting(c, "ContactState", "Resumed");
        return ActionOutcome.Next;
    }
}
