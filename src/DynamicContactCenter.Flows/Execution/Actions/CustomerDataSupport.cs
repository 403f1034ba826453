using System.Collections.Immutable;
using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>What the Customer Profiles and Cases executors share: whether the instance models the domain, reading the field maps and
/// lists of their parameters (values "static or dynamic", reference §2.1, through the one interpolation kernel) and persisting what was
/// read into <c>$.Customer</c> / <c>$.Case</c>.</summary>
internal static class CustomerDataSupport
{
    /// <summary>Null when the call may go on. Without a <c>customerProfiles:</c> (or <c>cases:</c>) section and without seeded records, the
    /// domain is a stub (issue #12 item 1): a warning, once per call, and the action runs against an empty store; under --strict the
    /// action takes NoMatchingError, as Connect routes to Error when the feature is not enabled (ADM:customer-profiles-block).</summary>
    public static ActionOutcome? Unavailable(CallContext c, bool cases)
    {
        var store = c.CustomerData;
        var (modelled, section) = cases ? (store.CasesModelled, "cases") : (store.ProfilesModelled, "customerProfiles");
        if (modelled) return null;
        if (c.Request.Strict)
        {
            return ExecutorSupport.Fail(c, ErrorTypes.NoMatchingError, ProfileMessages.DomainMissing.Code, "Type", ProfileMessages.DomainMissing.Format,
                section, c.Action.Action.Type);
        }

        if (cases ? !store.CaseStubReported : !store.ProfileStubReported)
        {
            c.Report(c.Diagnostic(ProfileMessages.DomainStub.Code, Severity.Warning, null, ProfileMessages.DomainStub.Format, section, c.Action.Action.Type));
            if (cases) store.CaseStubReported = true;
            else store.ProfileStubReported = true;
        }

        return null;
    }

    /// <summary>A map of fields (ProfileRequestData, CaseRequestFields) with each value resolved. An <c>Attributes</c> object is read as
    /// <c>Attributes.x</c> fields, the form the profile field list uses. A value that is an object or a list is a Stop naming it.</summary>
    public static Dictionary<string, string>? ReadFields(CallContext c, JsonElement? map, string field, IReadOnlySet<string>? skip, out ActionOutcome? failure)
    {
        failure = null;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (map is not { ValueKind: JsonValueKind.Object } owner) return fields;
        foreach (var property in owner.EnumerateObject())
        {
            if (skip?.Contains(property.Name) == true) continue;
            if (property.Name == "Attributes" && property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var attribute in property.Value.EnumerateObject())
                {
                    if (Value(c, attribute.Value, $"{field}.Attributes.{attribute.Name}", out failure) is not { } text) return null;
                    fields["Attributes." + attribute.Name] = text;
                }

                continue;
            }

            if (Value(c, property.Value, $"{field}.{property.Name}", out failure) is not { } value) return null;
            fields[property.Name] = value;
        }

        return fields;
    }

    /// <summary>The field names of a response list (ProfileResponseData, CaseResponseFields): an array of names as exports write it, or an
    /// object whose keys are the names (the shape the documentation's syntax block suggests).</summary>
    public static ImmutableArray<string> ReadNames(JsonElement? list) => list switch
    {
        { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
        { ValueKind: JsonValueKind.Object } map => [.. map.EnumerateObject().Select(p => p.Name)],
        _ => [],
    };

    /// <summary>Replaces <c>$.Customer</c> with <paramref name="profile"/>: its ProfileId and ProfileARN, always, and each field of
    /// <paramref name="responseFields"/> it has. Returns what was persisted.</summary>
    public static ImmutableSortedDictionary<string, string> PersistCustomer(CallContext c, CustomerProfile profile, ImmutableArray<string> responseFields)
    {
        c.Customer.Clear();
        c.Customer["ProfileId"] = profile.ProfileId;
        c.Customer["ProfileARN"] = c.CustomerData.ProfileArn(profile);
        foreach (var name in responseFields)
        {
            if (profile.Get(name) is { } value) c.Customer[name] = value;
        }

        return c.Customer.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    /// <summary>Replaces <c>$.Case</c> with <paramref name="record"/>'s <c>case_id</c> and each of <paramref name="fields"/> it has.</summary>
    public static ImmutableSortedDictionary<string, string> PersistCase(CallContext c, CustomerCase record, IEnumerable<string> fields)
    {
        c.Case.Clear();
        c.Case["case_id"] = record.CaseId;
        foreach (var name in fields)
        {
            if (record.Get(name) is { } value) c.Case[name] = value;
        }

        return c.Case.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    /// <summary>A warning diagnostic and the documented error branch (NoneFound, MultipleFound, NoMatchingError...).</summary>
    public static ActionOutcome Fail(CallContext c, string errorType, string field, string reason) =>
        ExecutorSupport.Fail(c, errorType, ProfileMessages.LookupFailed.Code, field, ProfileMessages.LookupFailed.Format, reason);

    /// <summary>The start the three case actions share: their one required parameter (a Stop naming it when absent), LinkContactToCase
    /// ("true"/"false"; the link itself cannot fail locally), the Cases domain and the resolved <c>CaseRequestFields</c>. Null when the
    /// action may go on.</summary>
    public static ActionOutcome? StartCaseAction(CallContext c, string required, string expected, out string text, out Dictionary<string, string> fields)
    {
        fields = [];
        if (c.Action.Parameters.Text(required) is not { } value)
        {
            text = "";
            return ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, "Parameters." + required, FlowMessages.MissingParameter.Format, expected);
        }

        text = value;
        ExecutorSupport.ReadBool(c, "LinkContactToCase", false, out var failure);
        if ((failure ?? Unavailable(c, cases: true)) is { } stop) return stop;
        if (ReadFields(c, c.Action.Parameters.Object("CaseRequestFields"), "Parameters.CaseRequestFields", null, out failure) is not { } read) return failure;
        fields = read;
        return null;
    }

    private static string? Value(CallContext c, JsonElement value, string field, out ActionOutcome? failure)
    {
        failure = null;
        if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            failure = ExecutorSupport.Stop(c, FlowMessages.InvalidParameter.Code, field, FlowMessages.InvalidParameter.Format, value.GetRawText(), "a text value");
            return null;
        }

        return c.Interpolate(Parsing.FlowDocumentReader.ScalarText(value), field);
    }
}
