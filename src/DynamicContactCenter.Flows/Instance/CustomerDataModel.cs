using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Instance;

/// <summary>The Customer Profiles and Cases data of the instance model (<c>customerProfiles:</c> and <c>cases:</c>), or a scenario's seed
/// of the same records. A call never changes it: each call reads and writes its own copy (<c>Execution.CustomerDataStore</c>).</summary>
public sealed record CustomerDataModel
{
    /// <summary>No domains and no records.</summary>
    public static CustomerDataModel Empty { get; } = new();

    /// <summary>The Customer Profiles domain name; null when the instance model has no <c>customerProfiles:</c> (the profile actions then
    /// run against an empty stub, or fail under --strict).</summary>
    public string? ProfileDomain { get; init; }

    /// <summary>The profiles.</summary>
    public ImmutableArray<CustomerProfile> Profiles { get; init; } = [];

    /// <summary>True when the instance model has a <c>cases:</c> section (otherwise the case actions run against an empty stub).</summary>
    public bool HasCases { get; init; }

    /// <summary>The case templates.</summary>
    public ImmutableArray<CaseTemplate> CaseTemplates { get; init; } = [];

    /// <summary>The cases.</summary>
    public ImmutableArray<CustomerCase> Cases { get; init; } = [];

    /// <summary>True when there is nothing in it (no domain, no records).</summary>
    public bool IsEmpty => ProfileDomain is null && !HasCases && Profiles.IsEmpty && Cases.IsEmpty && CaseTemplates.IsEmpty;
}
