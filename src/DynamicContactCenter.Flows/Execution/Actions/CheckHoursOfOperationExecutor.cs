using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Model;
using static DynamicContactCenter.Flows.Model.FlowTypes;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Check hours of operation": "True"/"False" at the call's (virtual) time, for HoursOfOperationId or the working queue's
/// hours, honouring dated overrides.</summary>
internal sealed class CheckHoursOfOperationExecutor : SyncExecutor
{
    public static CheckHoursOfOperationExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(ActionTypes.CheckHoursOfOperation) with
    {
        Result = ResultSpec.EqualsOneOf("True", "False"),
        AllowedIn = Of(Inbound, Transfer, Queue),
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        HoursOfOperation? hours;
        if (c.Action.Parameters.Text("HoursOfOperationId") is { } text)
        {
            var reference = c.ResolveValue(text, "Parameters.HoursOfOperationId", out var dynamic);
            hours = reference is null ? null : c.Instance.FindHours(reference);
            // Hours the flow names that the model lacks are stub hours; a dynamic value stays an error, as for queues (ReferenceStubs).
            if (hours is null && reference is not null && !dynamic && !c.Request.Strict) return ReferenceStubs.OpenHours(c, reference);
            if (hours is null)
            {
                return ExecutorSupport.Fail(c, ErrorTypes.NoMatchingError, FlowMessages.UnknownHours.Code, "Parameters.HoursOfOperationId", FlowMessages.UnknownHours.Format, reference ?? text);
            }
        }
        else if (c.TargetQueue is not { } queue)
        {
            return ExecutorSupport.Fail(c, ErrorTypes.NoMatchingError, FlowMessages.NoTargetQueue.Code, "Parameters.HoursOfOperationId", FlowMessages.NoTargetQueue.Format);
        }
        else if (queue.IsStub)
        {
            // The stub queue's warning (DCC3376) already says its hours are always open.
            return ReferenceStubs.StubHours(c, queue.Name, $"of queue {queue.Name}");
        }
        else if ((hours = queue.HoursName is null ? null : c.Instance.FindHours(queue.HoursName)) is null)
        {
            return ExecutorSupport.Fail(c, ErrorTypes.NoMatchingError, FlowMessages.UnknownHours.Code, "Parameters.HoursOfOperationId", FlowMessages.UnknownHours.Format,
                $"(hours of queue {queue.Name})");
        }

        var (open, dated) = hours.Evaluate(c.Now);
        var local = c.Now.InZone(hours.Zone);
        var check = $"hours {hours.Name} at {local.LocalDateTime:yyyy-MM-dd HH:mm} {hours.Zone.Id}{(dated is null ? "" : $" (override {dated.Name ?? dated.Date.ToString()})")}";
        return new ActionOutcome.ResultOutcome(open ? "True" : "False", check);
    }
}
