using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>What a call must have written to the profile and case store (<c>expect: profiles:</c> / <c>expect: cases:</c>): every profile
/// (case) it created or updated, in the order first written, each with the field values listed (other fields are not checked).
/// Default (unset) lists are not checked; an empty list means "wrote none".</summary>
public sealed record CustomerDataExpectation
{
    /// <summary>Per written profile: field → value (<c>ProfileId</c> checks the id).</summary>
    public ImmutableArray<ImmutableDictionary<string, string>> Profiles { get; init; }

    /// <summary>Per written case: field → value (<c>caseId</c> and <c>templateId</c> check the ids).</summary>
    public ImmutableArray<ImmutableDictionary<string, string>> Cases { get; init; }
}
