using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Instance;

/// <summary>A case template: what CreateCase's <c>CaseTemplateId</c> names, and the fields a case made from it must have.</summary>
/// <param name="Id">The template id.</param>
/// <param name="Name">The template's name (a flow may name the template by it).</param>
/// <param name="RequiredFields">Field ids a new case must set (Connect refuses the case otherwise: NoMatchingError).</param>
public sealed record CaseTemplate(string Id, string Name, ImmutableArray<string> RequiredFields);
