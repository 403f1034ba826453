using System.Text.Json;
using DynamicContactCenter.Flows.Model;
using NodaTime;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>Wait: on chat and tasks the virtual clock advances by TimeLimitSeconds (exports) or TimeoutSeconds (docs) and the result is
/// WaitCompleted. On voice Connect takes the error branch (ADM:wait), and so do we, except in the simulated wait in queue, where
/// Wait is the queue flow's pause between messages.</summary>
/// <remarks>The caller model decides <c>CustomerReturned</c>: when the block listens for it (<c>Events: ["CustomerReturned"]</c>) and the
/// caller still has something to say or press (<c>--say</c>, <c>--input</c>), the customer returns at once and the result is
/// CustomerReturned; the input is not consumed, so the blocks after the wait read it. With nothing left the customer never returns
/// and the wait completes after its time limit. A scripted return time would need a timeline the caller model does not have.</remarks>
internal sealed class WaitExecutor : SyncExecutor
{
    public static WaitExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(ActionTypes.Wait) with
    {
        OptionalErrors = [ErrorTypes.ParticipantNotFound],
        // The designer wires a Wait with one condition per result (WaitCompleted, and each event it listens for) and no
        // NoMatchingCondition: those conditions cover every result, so lint asks for no NoMatchingCondition branch (issue #14).
        Result = ResultSpec.Where("Equals WaitCompleted or Equals an event name", c => c.Operator == ConditionOperator.Equals) with
        {
            ResultsOf = static action => [WaitCompleted, .. ListenedEvents(action.Parameters)],
        },
        Parameters = [ParameterSpec.WholeNumber("TimeLimitSeconds", 1, 604_800), ParameterSpec.WholeNumber("TimeoutSeconds", 1, 604_800)],
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        var name = c.Action.Parameters.Text("TimeLimitSeconds") is null && c.Action.Parameters.Text("TimeoutSeconds") is not null ? "TimeoutSeconds" : "TimeLimitSeconds";
        if (DynamicTimeFails(c, name) is { } dynamicFailure) return dynamicFailure;
        var seconds = ExecutorSupport.ReadInt(c, name, 0, 604_800, out var failure);
        if (failure is not null) return failure;
        // In the wait in queue (a customer queue flow under --wait) Wait advances the virtual clock on every channel: it is how a
        // queue flow spaces its messages (issue #12 item 4). Elsewhere a voice contact takes the error branch as Connect does.
        if (c.QueueClock is null && string.Equals(c.Channel, "VOICE", StringComparison.OrdinalIgnoreCase))
        {
            return new ActionOutcome.ErrorOutcome(ErrorTypes.NoMatchingError, "Wait is not available on voice contacts");
        }

        if (c.HasInputLeft && ListensFor(c.Action.Parameters.Raw, CustomerReturned))
        {
            return new ActionOutcome.ResultOutcome(CustomerReturned, "the customer returned (the caller has more to say)");
        }

        c.Now += Duration.FromSeconds(seconds ?? 0);
        return new ActionOutcome.ResultOutcome(WaitCompleted, $"waited {seconds ?? 0} s");
    }

    /// <summary>A time given as a reference ($.External.url_timeout) that has no value or is not a whole number: Connect takes the
    /// block's error branch at run time, so the call does too (DCC3308 as a warning); the run stops only when no error branch is wired.
    /// A static bad value stays a stop: that is a flow the designer would not save, and lint reports it.</summary>
    private static ActionOutcome? DynamicTimeFails(CallContext c, string name)
    {
        if (c.Action.Parameters.Text(name) is not { } text) return null;
        var field = "Parameters." + name;
        var value = c.ResolveValue(text, field, out var dynamic);
        if (!dynamic || (value is not null && ParameterReader.TryParseInt(value, out var number) && number is >= 0 and <= 604_800)) return null;
        return ExecutorSupport.Fail(c, ErrorTypes.NoMatchingError, Diagnostics.FlowMessages.InvalidParameter.Code, field, Diagnostics.FlowMessages.InvalidParameter.Format,
            value ?? text, $"a whole number of seconds from 0 to 604800 (the reference {text} has {(value is null ? "no value" : "this value")})");
    }

    private const string CustomerReturned = nameof(CustomerReturned);

    private const string WaitCompleted = nameof(WaitCompleted);

    private static bool ListensFor(JsonElement p, string eventName) => ListenedEvents(p).Contains(eventName);

    private static IEnumerable<string> ListenedEvents(JsonElement p) =>
        ParameterReader.Find(p, "Events") is { ValueKind: JsonValueKind.Array } events
            ? events.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)
            : [];
}
