using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Amazon Q in Connect" (CreateWisdomSession): <c>WisdomAssistantArn</c>, static or dynamic; no conditions; NoMatchingError;
/// voice only, every flow type (API:createwisdomsession). The instance model has no assistants, so any assistant the flow names is
/// accepted, as a stub is: the transcript records the session with the assistant's ARN (setting <c>WisdomAssistant</c>). A dynamic value
/// with nothing behind it takes NoMatchingError (DCC3335); a chat or task contact takes it too.</summary>
internal sealed class CreateWisdomSessionExecutor : SyncExecutor
{
    private const string Type = "CreateWisdomSession";
    private const string Assistant = "WisdomAssistantArn";

    public static CreateWisdomSessionExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(Type) with
    {
        Parameters = [ParameterSpec.RequiredScalar(Assistant, "the Amazon Q in Connect assistant's ARN")],
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        if (c.Action.Parameters.Text(Assistant) is not { } text)
        {
            return ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, "Parameters." + Assistant, FlowMessages.MissingParameter.Format,
                "the Amazon Q in Connect assistant's ARN");
        }

        if (VoiceChannel.Refuse(c, Type) is { } refused) return refused;
        var arn = c.ResolveValue(text, "Parameters." + Assistant, out _);
        if (string.IsNullOrEmpty(arn))
        {
            return ExecutorSupport.Fail(c, ErrorTypes.NoMatchingError, ActionMessages.EmptyValue.Code, "Parameters." + Assistant, ActionMessages.EmptyValue.Format,
                text, "no assistant to attach");
        }

        ExecutorSupport.Setting(c, "WisdomAssistant", arn);
        return ActionOutcome.Next;
    }
}
