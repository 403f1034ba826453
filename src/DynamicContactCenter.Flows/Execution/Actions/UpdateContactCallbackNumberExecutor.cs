using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Set callback number": CallbackNumber is a single reference. A value that is not E.164 takes InvalidCallbackNumber; a
/// number equal to the dialed number (the contact center calling itself) takes CallbackNumberNotDialable.</summary>
internal sealed class UpdateContactCallbackNumberExecutor : SyncExecutor
{
    public static UpdateContactCallbackNumberExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = new(ActionTypes.UpdateContactCallbackNumber)
    {
        // The documented errors replace NoMatchingError here: both must be wired.
        RequiredErrors = [ErrorTypes.InvalidCallbackNumber, ErrorTypes.CallbackNumberNotDialable],
        Parameters = [ParameterSpec.JsonPath("CallbackNumber", "$.StoredCustomerInput")],
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        if (c.Action.Parameters.Text("CallbackNumber") is not { } text)
        {
            return ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, "Parameters.CallbackNumber", FlowMessages.MissingParameter.Format, "a reference such as $.StoredCustomerInput");
        }

        var number = c.ResolveValue(text, "Parameters.CallbackNumber", out _)?.Trim();
        if (number is null || !PhoneNumberRules.IsE164(number))
        {
            return new ActionOutcome.ErrorOutcome(ErrorTypes.InvalidCallbackNumber, $"'{number}' is not an E.164 phone number");
        }

        if (number == c.Request.DialedNumber)
        {
            return new ActionOutcome.ErrorOutcome(ErrorTypes.CallbackNumberNotDialable, $"{number} is the contact center's own number");
        }

        c.CallbackNumber = number;
        ExecutorSupport.Setting(c, "CallbackNumber", number);
        return ActionOutcome.Next;
    }
}
