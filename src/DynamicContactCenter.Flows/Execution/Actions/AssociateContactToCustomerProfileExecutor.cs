using System.Collections.Immutable;
using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>AssociateContactToCustomerProfile ("Customer profiles" block, Associate contact to profile): <c>ProfileRequestData {ProfileId,
/// ContactId}</c>, both required, static or dynamic (flows write <c>$.Customer.ProfileId</c> and <c>$.ContactId</c>); no conditions;
/// NoMatchingError (API:interactions-associatecontacttocustomerprofile). The association is written to the call's profile store, the same
/// store GetCustomerProfile and the others read (<see cref="CallResult.ProfileAssociations"/>), and the transcript shows it. A profile id
/// the store does not have, or a value that resolves to nothing, takes NoMatchingError; without a profile domain the store is the stub
/// domain as for the other profile actions.</summary>
internal sealed class AssociateContactToCustomerProfileExecutor : SyncExecutor
{
    private const string Request = "ProfileRequestData";
    private const string Expected = "an object with ProfileId and ContactId";
    private static readonly string[] Keys = ["ProfileId", "ContactId"];

    public static AssociateContactToCustomerProfileExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail("AssociateContactToCustomerProfile") with
    {
        Parameters = [new ParameterSpec(Request) { Required = true, Shape = ParameterShape.NonEmptyObject, Expected = Expected }],
        CrossParameterProblems = RequestProblems,
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        if (c.Action.Parameters.Object(Request) is not { } request || RequestProblems(c.Action.Parameters.Raw).Any())
        {
            return ExecutorSupport.Stop(c, FlowMessages.InvalidParameter.Code, "Parameters." + Request, FlowMessages.InvalidParameter.Format,
                c.Action.Parameters.Element(Request)?.GetRawText() ?? "(missing)", Expected);
        }

        if (CustomerDataSupport.Unavailable(c, cases: false) is { } unavailable) return unavailable;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in Keys)
        {
            var field = $"Parameters.{Request}.{key}";
            var text = Parsing.FlowDocumentReader.ScalarText(ParameterReader.Find(request, key)!.Value);
            if (c.ResolveValue(text, field, out _) is not { Length: > 0 } value)
            {
                return ExecutorSupport.Fail(c, ErrorTypes.NoMatchingError, ActionMessages.EmptyValue.Code, field, ActionMessages.EmptyValue.Format, text,
                    "there is nothing to associate");
            }

            values[key] = value;
        }

        if (c.CustomerData.FindProfile(values["ProfileId"]) is not { } profile)
        {
            return CustomerDataSupport.Fail(c, ErrorTypes.NoMatchingError, $"Parameters.{Request}.ProfileId", $"no profile has ProfileId \"{values["ProfileId"]}\"");
        }

        var association = c.CustomerData.AssociateContact(profile, values["ContactId"]);
        c.Emit(new CustomerRecordEvent(c.FlowName, c.Action.Id, CustomerRecordEvent.Profile, "associated", association.ProfileId,
            ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("ContactId", association.ContactId)])));
        return ActionOutcome.Next;
    }

    // Both keys must be there as text: "A ProfileId and ContactId must be present" (the action's page).
    private static IEnumerable<(string Field, string Expected)> RequestProblems(JsonElement parameters)
    {
        if (ParameterReader.Find(parameters, Request) is not { ValueKind: JsonValueKind.Object } request) yield break;
        if (!Keys.All(k => ParameterReader.Find(request, k) is { ValueKind: JsonValueKind.String } v && !string.IsNullOrWhiteSpace(v.GetString())))
        {
            yield return ("Parameters." + Request, Expected);
        }
    }
}
