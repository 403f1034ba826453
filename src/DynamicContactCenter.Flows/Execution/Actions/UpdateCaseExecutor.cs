using System.Collections.Immutable;
using DynamicContactCenter.Flows.Diagnostics;
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
        if (c.Action.Parameters.Text("CaseId") is not { } caseText)
        {
            return ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, "Parameters.CaseId", FlowMessages.MissingParameter.Format, "the case id, e.g. $.Case.case_id");
        }

        CustomerDataSupport.LinkRequested(c, out var failure);
        if (failure is not null) return failure;
        if (CustomerDataSupport.Unavailable(c, cases: true) is { } unavailable) return unavailable;
        if (CustomerDataSupport.ReadFields(c, c.Action.Parameters.Object("CaseRequestFields"), "Parameters.CaseRequestFields", null, out failure) is not { } fields)
        {
            return failure!;
        }

        var id = c.ResolveValue(caseText, "Parameters.CaseId", out _);
        if (string.IsNullOrEmpty(id) || c.CustomerData.FindCase(id) is not { } existing)
        {
            return CustomerDataSupport.Fail(c, ErrorTypes.NoMatchingError, "Parameters.CaseId", $"no case has case_id \"{id ?? caseText}\"");
        }

        var updated = c.CustomerData.UpdateCase(existing, fields);
        c.Emit(new CaseEvent(c.FlowName, c.Action.Id, "updated", updated.CaseId, fields.ToImmutableSortedDictionary(StringComparer.Ordinal)));
        CustomerDataSupport.PersistCase(c, updated, [.. c.Case.Keys, .. fields.Keys]);
        return ActionOutcome.Next;
    }
}
