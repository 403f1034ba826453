using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>GetCustomerProfile ("Customer profiles" block, Get profile): searches the call's profile store and, when exactly one
/// profile matches, persists its ProfileId, ProfileARN and the ProfileResponseData fields in <c>$.Customer</c>.</summary>
/// <remarks>Shape (API:interactions-getcustomerprofile, and exports such as
/// <c>{"ProfileRequestData": {"IdentifierName": "_phone", "IdentifierValue": "$.CustomerEndpoint.Address"},
/// "ProfileResponseData": ["FirstName", "LastName"]}</c>): one IdentifierName/IdentifierValue pair, or <c>SearchCriteria</c> (a list of
/// pairs, up to five) with <c>LogicalOperator</c> AND or OR. The documentation's syntax block spells the value key "IdentiferValue";
/// both spellings are read. Errors: NoneFoundError, MultipleFoundError, NoMatchingError (a bad request, or no domain under --strict).</remarks>
internal sealed class GetCustomerProfileExecutor : SyncExecutor
{
    public const string Type = "GetCustomerProfile";

    private const int MaxCriteria = 5;

    public static GetCustomerProfileExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(Type) with
    {
        OptionalErrors = [ErrorTypes.NoneFoundError, ErrorTypes.MultipleFoundError],
        Parameters = [new("ProfileRequestData") { Shape = ParameterShape.NonEmptyObject, Required = true, Expected = "an object with IdentifierName and IdentifierValue, or SearchCriteria" }],
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        if (c.Action.Parameters.Object("ProfileRequestData") is not { } request)
        {
            return ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, "Parameters.ProfileRequestData", FlowMessages.MissingParameter.Format,
                "an object with IdentifierName and IdentifierValue, or SearchCriteria");
        }

        if (CustomerDataSupport.Unavailable(c, cases: false) is { } unavailable) return unavailable;
        if (Criteria(c, request, out var all) is not { } criteria) return Invalid(c, request);
        foreach (var (name, value) in criteria.Where(k => k.Value.Length == 0))
        {
            return CustomerDataSupport.Fail(c, ErrorTypes.NoMatchingError, "Parameters.ProfileRequestData", $"the search value for {name} is empty; Connect rejects an empty search value");
        }

        var found = c.CustomerData.Search(criteria, all);
        var searched = string.Join(all ? " and " : " or ", criteria.Select(k => $"{k.Name} = \"{k.Value}\""));
        switch (found.Length)
        {
            case 0:
                return CustomerDataSupport.Fail(c, ErrorTypes.NoneFoundError, "Parameters.ProfileRequestData", $"no profile has {searched}");
            case > 1:
                return CustomerDataSupport.Fail(c, ErrorTypes.MultipleFoundError, "Parameters.ProfileRequestData",
                    $"{found.Length} profiles have {searched} ({string.Join(", ", found.Select(p => p.ProfileId))})");
        }

        var persisted = CustomerDataSupport.PersistCustomer(c, found[0], CustomerDataSupport.ReadNames(c.Action.Parameters.Element("ProfileResponseData")));
        c.Emit(new CustomerRecordEvent(c.FlowName, c.Action.Id, CustomerRecordEvent.Profile, "read", found[0].ProfileId, persisted));
        return ActionOutcome.Next;
    }

    /// <summary>The search criteria with their values resolved, or null when the request has neither form.</summary>
    private static List<(string Name, string Value)>? Criteria(CallContext c, JsonElement request, out bool all)
    {
        all = true;
        if (ParameterReader.Find(request, "SearchCriteria") is { ValueKind: JsonValueKind.Array } list)
        {
            var criteria = list.EnumerateArray().Select((k, i) => Pair(c, k, $"Parameters.ProfileRequestData.SearchCriteria[{i}]")).ToList();
            var op = ParameterReader.Find(request, "LogicalOperator") is { ValueKind: JsonValueKind.String } text ? text.GetString()!.Trim().ToUpperInvariant() : null;
            if (criteria.Count is 0 or > MaxCriteria || criteria.Any(k => k is null) || (criteria.Count > 1 && op is not ("AND" or "OR"))) return null;
            all = op != "OR";
            return [.. criteria.Select(k => k!.Value)];
        }

        return Pair(c, request, "Parameters.ProfileRequestData") is { } single ? [single] : null;
    }

    private static (string Name, string Value)? Pair(CallContext c, JsonElement owner, string field)
    {
        var name = ParameterReader.Find(owner, "IdentifierName");
        var value = ParameterReader.Find(owner, "IdentifierValue") ?? ParameterReader.Find(owner, "IdentiferValue");
        if (name is not { ValueKind: JsonValueKind.String } n || value is not { ValueKind: JsonValueKind.String } v) return null;
        return (c.Interpolate(n.GetString()!, field + ".IdentifierName"), c.Interpolate(v.GetString()!, field + ".IdentifierValue"));
    }

    private static ActionOutcome Invalid(CallContext c, JsonElement request) =>
        ExecutorSupport.Fail(c, ErrorTypes.NoMatchingError, FlowMessages.InvalidParameter.Code, "Parameters.ProfileRequestData", FlowMessages.InvalidParameter.Format,
            request.GetRawText(), $"IdentifierName and IdentifierValue, or SearchCriteria (1 to {MaxCriteria} pairs) with LogicalOperator AND or OR");
}
