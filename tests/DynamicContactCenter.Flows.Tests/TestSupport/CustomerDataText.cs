using System.Collections.Immutable;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.TestSupport;

/// <summary>Profiles, cases and the "greet the caller by first name" flow the profile and case tests share.</summary>
internal static class CustomerDataText
{
    public const string Caller = "+15555550100";

    /// <summary>A profile no test looks for: seeding it models the domain without matching anyone.</summary>
    public static CustomerProfile Someone { get; } = Profile("p-someone", ("FirstName", "Someone"), ("PhoneNumber", "+15555550999"));

    /// <summary>A profile with these fields (ProfileId apart).</summary>
    public static CustomerProfile Profile(string id, params (string Key, string Value)[] fields) =>
        new(id, fields.ToImmutableDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal));

    /// <summary>A case of template <c>general</c> with these fields.</summary>
    public static CustomerCase Case(string id, params (string Key, string Value)[] fields) =>
        new(id, "general", fields.ToImmutableDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal));

    /// <summary>A call whose store is seeded with <paramref name="profiles"/> and <paramref name="cases"/> (as a scenario seeds it).</summary>
    public static CallRequest Seeded(IEnumerable<CustomerProfile> profiles, IEnumerable<CustomerCase>? cases = null) => CallHarness.Request() with
    {
        CustomerData = new CustomerDataModel { Profiles = [.. profiles], Cases = [.. cases ?? []] },
    };

    /// <summary>Looks the caller up by phone number (the shape of real exports: <c>_phone</c> = <c>$.CustomerEndpoint.Address</c>) and
    /// greets a known caller by first name; an unknown caller gets a profile; several matches get a neutral greeting.</summary>
    public static readonly string[] GreetFlow =
    [
        Act("Get profile", "GetCustomerProfile",
            """{"ProfileRequestData":{"IdentifierName":"_phone","IdentifierValue":"$.CustomerEndpoint.Address"},"ProfileResponseData":["FirstName","LastName"]}""",
            "Greet", errors: [Err("MultipleFoundError", "Several"), Err("NoneFoundError", "New caller"), Err("NoMatchingError", "Failed")]),
        Say("Greet", "Hello $.Customer.FirstName", "Hang up"),
        Say("Several", "Hello", "Hang up"),
        Act("New caller", "CreateCustomerProfile", """{"ProfileRequestData":{"PhoneNumber":"$.CustomerEndpoint.Address","FirstName":"Unknown"}}""",
            "Welcome", errors: [Err("NoMatchingError", "Failed")]),
        Say("Welcome", "Welcome, new caller $.Customer.ProfileId", "Hang up"),
        Mark("Failed"),
        Disconnect(),
    ];
}
