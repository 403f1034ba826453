using System.Collections.Immutable;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>CreateCase ("Cases" block, Create case): adds a case made from <c>CaseTemplateId</c> with the <c>CaseRequestFields</c> to the
/// call's store, and persists its <c>case_id</c> (and the fields set) in <c>$.Case</c> so a later UpdateCase can name it.</summary>
/// <remarks>Shape (API:createcase): <c>{"LinkContactToCase": "true"|"false", "CaseTemplateId": id, "CaseRequestFields": {field: value}}</c>,
/// values static or dynamic. Connect's CreateCase API requires <c>customer_id</c> (the profile ARN) and the template's required fields;
/// a flow that sets no customer_id gets the contact's customer, <c>$.Customer.ProfileARN</c>, as the Cases block links the case to the
/// profile found earlier (our choice where the block's page is silent; without either, NoMatchingError). Errors: NoMatchingError (an
/// unknown template, a required field missing), ContactNotLinked (never taken locally: linking a contact cannot fail here).</remarks>
internal sealed class CreateCaseExecutor : SyncExecutor
{
    public const string Type = "CreateCase";

    public static CreateCaseExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(Type) with
    {
        OptionalErrors = [ErrorTypes.ContactNotLinked],
        Parameters = [ParameterSpec.RequiredScalar("CaseTemplateId", "the case template id")],
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        if (CustomerDataSupport.StartCaseAction(c, "CaseTemplateId", "the case template id", out var templateText, out var fields) is { } stop) return stop;
        var templateRef = c.ResolveValue(templateText, "Parameters.CaseTemplateId", out _) ?? "";
        var templates = c.CustomerData.Templates;
        var template = templates.FirstOrDefault(t => t.Id == templateRef || t.Name == templateRef);
        if (template is null && !templates.IsEmpty)
        {
            return CustomerDataSupport.Fail(c, ErrorTypes.NoMatchingError, "Parameters.CaseTemplateId",
                $"case template \"{templateRef}\" is not one of the instance model's ({string.Join(", ", templates.Select(t => t.Id))})");
        }

        if (!fields.ContainsKey(CustomerCase.CustomerField) && c.Customer.GetValueOrDefault("ProfileARN") is { } customer) fields[CustomerCase.CustomerField] = customer;
        var missing = (template?.RequiredFields ?? []).Append(CustomerCase.CustomerField).Distinct().Where(f => fields.GetValueOrDefault(f) is null or "").ToList();
        if (missing.Count > 0)
        {
            return CustomerDataSupport.Fail(c, ErrorTypes.NoMatchingError, "Parameters.CaseRequestFields",
                $"the case has no {string.Join(", ", missing)}; Connect requires {(missing.Contains(CustomerCase.CustomerField) ? "customer_id (the profile ARN: set it, or get the customer's profile first)" : "the template's required fields")}");
        }

        var created = c.CustomerData.CreateCase(template?.Id ?? templateRef, fields);
        c.Emit(new CustomerRecordEvent(c.FlowName, c.Action.Id, CustomerRecordEvent.Case, "created", created.CaseId, created.Fields.ToImmutableSortedDictionary(StringComparer.Ordinal)));
        CustomerDataSupport.PersistCase(c, created, created.Fields.Keys);
        return ActionOutcome.Next;
    }
}
