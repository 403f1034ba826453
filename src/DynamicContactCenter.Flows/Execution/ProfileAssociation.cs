namespace DynamicContactCenter.Flows.Execution;

/// <summary>A contact associated with a Customer Profiles profile of the call's local store (AssociateContactToCustomerProfile).</summary>
/// <param name="ProfileId">The profile's id.</param>
/// <param name="ContactId">The contact's id.</param>
public sealed record ProfileAssociation(string ProfileId, string ContactId);
