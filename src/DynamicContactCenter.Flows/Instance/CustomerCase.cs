using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Instance;

/// <summary>One case of Amazon Connect Cases: its id, the template it was made from and its fields by field id (<c>title</c>,
/// <c>status</c>, <c>customer_id</c>: the customer's profile ARN, API connect-cases CreateCase), all text.</summary>
/// <param name="CaseId">The case's id (<c>$.Case.case_id</c>).</param>
/// <param name="TemplateId">The template's id.</param>
/// <param name="Fields">Field id → value; neither id is among them.</param>
public sealed record CustomerCase(string CaseId, string TemplateId, ImmutableDictionary<string, string> Fields)
{
    /// <summary>The case field that holds the customer's profile ARN (API connect-cases CreateCase: required, <c>customer_id</c>).</summary>
    public const string CustomerField = "customer_id";

    /// <summary>The value of <paramref name="field"/>; <c>case_id</c> and <c>template_id</c> read the ids.</summary>
    public string? Get(string field) => field switch
    {
        "case_id" => CaseId,
        "template_id" => TemplateId,
        _ => Fields.GetValueOrDefault(field),
    };
}
