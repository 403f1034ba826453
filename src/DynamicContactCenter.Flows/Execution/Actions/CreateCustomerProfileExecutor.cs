using System.Collections.Immutable;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>CreateCustomerProfile ("Customer profiles" block, Create profile): adds a profile with the ProfileRequestData fields to the
/// call's store and persists its ProfileId, ProfileARN and ProfileResponseData fields in <c>$.Customer</c>
/// (API:interactions-createcustomerprofile: "Newly created profile ID is persisted under ... $.Customer.ProfileId").</summary>
/// <remarks>Every request field is optional; a value that resolves to empty text is not stored (the CreateProfile API takes no empty
/// strings). Error: NoMatchingError (a field that is an object or a list, or no domain under --strict).</remarks>
internal sealed class CreateCustomerProfileExecutor : SyncExecutor
{
    public const string Type = "CreateCustomerProfile";

    public static CreateCustomerProfileExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(Type);

    protected override ActionOutcome Execute(CallContext c)
    {
        if (CustomerDataSupport.Unavailable(c, cases: false) is { } unavailable) return unavailable;
        if (CustomerDataSupport.ReadFields(c, c.Action.Parameters.Object("ProfileRequestData"), "Parameters.ProfileRequestData", null, out var failure) is not { } fields)
        {
            return failure!;
        }

        var profile = c.CustomerData.CreateProfile(fields);
        c.Emit(new CustomerRecordEvent(c.FlowName, c.Action.Id, CustomerRecordEvent.Profile, "created", profile.ProfileId, profile.Fields.ToImmutableSortedDictionary(StringComparer.Ordinal)));
        CustomerDataSupport.PersistCustomer(c, profile, CustomerDataSupport.ReadNames(c.Action.Parameters.Element("ProfileResponseData")));
        return ActionOutcome.Next;
    }
}
