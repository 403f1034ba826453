using System.Collections.Immutable;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>GetCase ("Cases" block, Get case): finds the cases of <c>CustomerId</c> whose fields equal every <c>CaseRequestFields</c>
/// value and persists the one found in <c>$.Case</c> (<c>case_id</c> and the <c>CaseResponseFields</c>).</summary>
/// <remarks>Shape (API:getcase): <c>{"LinkContactToCase", "GetLastUpdatedCase": "true"|"false", "CustomerId", "CaseRequestFields": {},
/// "CaseResponseFields": []}</c>. CustomerId is the profile ARN as Cases stores it in customer_id; a bare profile id finds the same cases.
/// With GetLastUpdatedCase, several matches are no error: the most recently written one is taken (seeded cases count as written in
/// their listed order, before any the call writes). Errors: NoneFound, MultipleFound, NoMatchingError, ContactNotLinked (never taken
/// locally).</remarks>
internal sealed class GetCaseExecutor : SyncExecutor
{
    public const string Type = "GetCase";

    public static GetCaseExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(Type) with
    {
        OptionalErrors = [ErrorTypes.NoneFound, ErrorTypes.MultipleFound, ErrorTypes.ContactNotLinked],
        Parameters = [ParameterSpec.RequiredScalar("CustomerId", "the customer's profile ARN, e.g. $.Customer.ProfileARN")],
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        var lastUpdated = ExecutorSupport.ReadBool(c, "GetLastUpdatedCase", false, out var failure);
        if (failure is not null) return failure;
        if (CustomerDataSupport.StartCaseAction(c, "CustomerId", "the customer's profile ARN, e.g. $.Customer.ProfileARN", out var customerText, out var filters) is { } stop)
        {
            return stop;
        }

        var customer = c.ResolveValue(customerText, "Parameters.CustomerId", out _);
        if (string.IsNullOrEmpty(customer))
        {
            return CustomerDataSupport.Fail(c, ErrorTypes.NoMatchingError, "Parameters.CustomerId", $"CustomerId {customerText} has no value; expected the customer's profile ARN");
        }

        var found = c.CustomerData.FindCases(customer, filters);
        var searched = $"customer \"{customer}\"" + (filters.Count == 0 ? "" : " and " + string.Join(", ", filters.Select(f => $"{f.Key} = \"{f.Value}\"")));
        if (found.IsEmpty) return CustomerDataSupport.Fail(c, ErrorTypes.NoneFound, "Parameters.CustomerId", $"no case has {searched}");
        if (found.Length > 1 && !lastUpdated)
        {
            return CustomerDataSupport.Fail(c, ErrorTypes.MultipleFound, "Parameters.CustomerId",
                $"{found.Length} cases have {searched} ({string.Join(", ", found.Select(k => k.CaseId))}); set GetLastUpdatedCase to take the latest");
        }

        var record = found[^1];
        var persisted = CustomerDataSupport.PersistCase(c, record, CustomerDataSupport.ReadNames(c.Action.Parameters.Element("CaseResponseFields")));
        c.Emit(new CustomerRecordEvent(c.FlowName, c.Action.Id, CustomerRecordEvent.Case, "found", record.CaseId, persisted));
        return ActionOutcome.Next;
    }
}
