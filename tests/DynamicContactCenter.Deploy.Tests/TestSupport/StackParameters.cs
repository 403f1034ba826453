namespace DynamicContactCenter.Deploy.Tests.TestSupport;

/// <summary>Parameter values for the template: the sample tenant's numbers and queues (config/routing.yaml).</summary>
internal static class StackParameters
{
    public const string InstanceArn = "arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555";

    public static string Queue(int n) => $"{InstanceArn}/queue/aaaaaaaa-0000-0000-0000-00000000000{n}";

    public static Dictionary<string, string> Sample(string organisation = "Omega Widgets") => new(StringComparer.Ordinal)
    {
        ["OrganisationName"] = organisation,
        ["Environment"] = "prod",
        ["ConnectInstanceArn"] = InstanceArn,
        ["EnglishPhoneNumber"] = "+14443330000",
        ["EnglishQueueArn"] = Queue(1),
        ["SpanishPhoneNumber"] = "+14443331111",
        ["SpanishQueueArn"] = Queue(2),
        ["FrenchPhoneNumber"] = "+14443332222",
        ["FrenchQueueArn"] = Queue(3),
    };
}
