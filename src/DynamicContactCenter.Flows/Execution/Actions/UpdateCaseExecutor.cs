using System.Collections.Immutable;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>UpdateCase ("Cases" block, Update case): sets the <c>CaseRequestFields</c> on the case <c>CaseId</c> names (usually
/// <c>$.Case.case_id</c> from a Get or Create case earlier); a value that resolves to empty text clears the field. <c>$.Case</c> keeps
/// the fields it holds, with their new values.</summary>
/// <remarks>Shape (API:updatecase): <c>{"LinkContactToCase", "CaseId", "CaseRequestFields": {field: value}}</c>. Errors: NoMatchingError
/// (no such case), ContactNotLinked (never taken locally).</remarks>
internal sealed class UpdateCaseExecutor : SyncExecutor
{
    public const string Type = "UpdateCase";

    public static UpdateCaseExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(Type) with
    {
        OptionalErrors = [ErrorTypes.ContactNotLinked],
        Parameters = [ParameterSpec.RequiredScalar("CaseId", "the case id, e.g. $.Case.case_id")],
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        if (CustomerDataSupport.StartCaseAction(c, "CaseId", "the case id, e.g. $.Case.case_id", out var caseText, out var fields) is { } stop) return stop;
        var id = c.ResolveValue(caseText, "Parameters.CaseId", out _);
        if (string.IsNullOrEmpty(id) || c.CustomerData.FindCase(id) is not { } existing)
        {
            return CustomerDataSupport.Fail(c, ErrorTypes.NoMatchingError, "Parameters.CaseId", $"no case has case_id \"{id ?? caseText}\"");
        }

        var updated = c.CustomerData.UpdateCase(existing, fields);
        c.Emit(new CustomerRecordEvent(c.FlowName, c.Action.Id, CustomerRecordEvent.Case, "updated", updated.CaseId, fields.ToImmutableSortedDictionary(StringComparer.Ordinal)));
        CustomerDataSupport.PersistCase(c, updated, [.. c.Case.Keys, .. fields.Keys]);
        return ActionOutcome.Next;
    }
}
