using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Model.FlowTypes;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Get customer input" (menu: one key → conditions) and "Store customer input" (digits → $.StoredCustomerInput).</summary>
internal sealed class GetParticipantInputExecutor : SyncExecutor
{
    public static GetParticipantInputExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(ActionTypes.GetParticipantInput) with
    {
        OptionalErrors = [ErrorTypes.InputTimeLimitExceeded, ErrorTypes.InvalidPhoneNumber],
        // Menu mode: the single key pressed. Store mode has no result (the digits go to $.StoredCustomerInput).
        Result = ResultSpec.Where("Equals one key: 0-9, * or #", c => c.Operator == ConditionOperator.Equals && ResultSpec.Operand(c) is { Length: 1 } key
            && (char.IsAsciiDigit(key[0]) || key[0] is '*' or '#')) with
        { AbsentFor = a => StoresInput(a.Parameters) },
        AllowedIn = Of(Inbound, Transfer, Queue),
        Parameters = [ParameterSpec.WholeNumber("InputTimeLimitSeconds", 1, 180)],
        CrossParameterProblems = ModeProblems,
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        if (CallerPatience.HangsUp(c) is { } hungUp) return hungUp;
        var p = c.Action.Parameters;
        ExecutorSupport.Speak(c, p.Raw, "Parameters.");
        ExecutorSupport.ReadInt(c, "InputTimeLimitSeconds", 1, 180, out var failure);
        if (failure is not null) return failure;
        var store = ExecutorSupport.ReadBool(c, "StoreInput", false, out failure);
        if (failure is not null) return failure;
        return store ? Store(c) : Menu(c);
    }

    private static ActionOutcome Menu(CallContext c)
    {
        var key = c.TakeKey();
        c.Emit(new InputReceivedEvent(c.FlowName, c.Action.Id, key?.ToString() ?? "", key is null, Stored: false));
        CallerPatience.Heard(c, key?.ToString());
        return key is null
            ? new ActionOutcome.ErrorOutcome(ErrorTypes.InputTimeLimitExceeded, "no key before the time limit")
            : new ActionOutcome.ResultOutcome(key.ToString(), "key pressed");
    }

    private static ActionOutcome Store(CallContext c)
    {
        var p = c.Action.Parameters;
        var dtmf = p.Object("DTMFConfiguration");
        var terminator = dtmf is { } d && ParameterReader.Find(d, "InputTerminationSequence") is { } t ? Parsing.FlowDocumentReader.ScalarText(t) : "#";
        var cancelDisabled = dtmf is { } d2 && ParameterReader.Find(d2, "DisableCancelKey") is { } cancel
            && ParameterReader.TryParseBool(Parsing.FlowDocumentReader.ScalarText(cancel), out var disabled) && disabled;
        var validation = p.Object("InputValidation");
        var custom = validation is { } v ? ParameterReader.Find(v, "CustomValidation") : null;
        var phone = validation is { } v2 ? ParameterReader.Find(v2, "PhoneNumberValidation") : null;
        var maxLength = custom is { } cv && ParameterReader.Find(cv, "MaximumLength") is { } ml
            && ParameterReader.TryParseInt(Parsing.FlowDocumentReader.ScalarText(ml), out var m) ? m : 20;

        var digits = c.TakeDigits(terminator, maxLength, !cancelDisabled);
        // Documented (AG23:store-customer-input): with no input before the timeout the action still succeeds and stores "Timeout".
        var stored = digits is null or "" ? "Timeout" : digits;
        c.Emit(new InputReceivedEvent(c.FlowName, c.Action.Id, digits ?? "", digits is null or "", Stored: true));
        CallerPatience.Heard(c, digits is null or "" ? null : digits);
        if (phone is { } ph && stored != "Timeout")
        {
            var formatted = PhoneNumberRules.Validate(stored, ph);
            if (formatted is null)
            {
                return ExecutorSupport.Fail(c, ErrorTypes.InvalidPhoneNumber, FlowMessages.InvalidParameter.Code, "Parameters.InputValidation.PhoneNumberValidation",
                    FlowMessages.InvalidParameter.Format, stored, "a phone number in the configured format");
            }

            stored = formatted;
        }

        c.Run.StoredCustomerInput = stored;
        c.Emit(new AttributeSetEvent(c.FlowName, c.Action.Id, "StoredCustomerInput", "StoredCustomerInput", stored));
        return ActionOutcome.Next;
    }

    /// <summary>Store mode ("Store customer input"): StoreInput is True.</summary>
    private static bool StoresInput(JsonElement p) => string.Equals(ParameterStrings.Scalar(p, "StoreInput"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>InputValidation exactly in store mode; a menu needs the seconds to wait for the first key.</summary>
    private static IEnumerable<(string Field, string Expected)> ModeProblems(JsonElement p)
    {
        var store = StoresInput(p);
        if (store != ParameterStrings.TryGet(p, "InputValidation", out _)) yield return ("Parameters.InputValidation", "InputValidation exactly when StoreInput is True");
        if (!store && string.IsNullOrWhiteSpace(ParameterStrings.Scalar(p, "InputTimeLimitSeconds")))
        {
            yield return ("Parameters.InputTimeLimitSeconds", "the seconds to wait for the first key");
        }
    }
}
