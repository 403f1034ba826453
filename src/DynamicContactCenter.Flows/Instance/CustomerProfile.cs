using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Instance;

/// <summary>One Customer Profiles profile: its id and its fields as the flow language names them (<c>FirstName</c>, <c>PhoneNumber</c>,
/// <c>City</c>, <c>Attributes.LoyaltyTier</c>: the field list of API:interactions-createcustomerprofile), all text.</summary>
/// <param name="ProfileId">The profile's id (<c>$.Customer.ProfileId</c>).</param>
/// <param name="Fields">Field name → value; <c>ProfileId</c> is not among them.</param>
public sealed record CustomerProfile(string ProfileId, ImmutableDictionary<string, string> Fields)
{
    /// <summary>The value of <paramref name="field"/>; <c>ProfileId</c> reads the id.</summary>
    public string? Get(string field) => field == "ProfileId" ? ProfileId : Fields.GetValueOrDefault(field);
}
