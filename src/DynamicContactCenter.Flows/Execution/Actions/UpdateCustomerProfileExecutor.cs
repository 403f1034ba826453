using System.Collections.Immutable;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>UpdateCustomerProfile ("Customer profiles" block, Update profile): sets the ProfileRequestData fields on "a customer profile
/// that was previously created or retrieved in the flow" (API:interactions-updatecustomerprofile), i.e. <c>$.Customer.ProfileId</c>;
/// a <c>ProfileId</c> inside ProfileRequestData names another one. A value that resolves to empty text removes the field, as the
/// UpdateProfile API does. <c>$.Customer</c> is refreshed with the ProfileResponseData fields.</summary>
/// <remarks>Error: NoMatchingError (no profile retrieved or created before, an id the store does not have, or no domain under --strict).</remarks>
internal sealed class UpdateCustomerProfileExecutor : SyncExecutor
{
    public const string Type = "UpdateCustomerProfile";

    private static readonly ImmutableHashSet<string> IdKey = ["ProfileId"];

    public static UpdateCustomerProfileExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(Type);

    protected override ActionOutcome Execute(CallContext c)
    {
        if (CustomerDataSupport.Unavailable(c, cases: false) is { } unavailable) return unavailable;
        var request = c.Action.Parameters.Object("ProfileRequestData");
        if (CustomerDataSupport.ReadFields(c, request, "Parameters.ProfileRequestData", IdKey, out var failure) is not { } fields) return failure!;
        var id = request is { } r && ParameterReader.Find(r, "ProfileId") is { } named
            ? c.Interpolate(Parsing.FlowDocumentReader.ScalarText(named), "Parameters.ProfileRequestData.ProfileId")
            : c.Customer.GetValueOrDefault("ProfileId");
        if (string.IsNullOrEmpty(id))
        {
            return CustomerDataSupport.Fail(c, ErrorTypes.NoMatchingError, "Parameters.ProfileRequestData",
                "no profile to update: $.Customer.ProfileId is not set (retrieve or create a profile earlier in the flow)");
        }

        if (c.CustomerData.FindProfile(id) is not { } profile)
        {
            return CustomerDataSupport.Fail(c, ErrorTypes.NoMatchingError, "Parameters.ProfileRequestData", $"no profile has ProfileId \"{id}\"");
        }

        var updated = c.CustomerData.UpdateProfile(profile, fields);
        c.Emit(new CustomerRecordEvent(c.FlowName, c.Action.Id, CustomerRecordEvent.Profile, "updated", updated.ProfileId, fields.ToImmutableSortedDictionary(StringComparer.Ordinal)));
        // The fields $.Customer already holds stay, with their new values (a removed field goes), plus the ProfileResponseData ones.
        CustomerDataSupport.PersistCustomer(c, updated, [.. c.Customer.Keys, .. CustomerDataSupport.ReadNames(c.Action.Parameters.Element("ProfileResponseData"))]);
        return ActionOutcome.Next;
    }
}
