namespace DynamicContactCenter.Local.NativeTests;

/// <summary>The values the export cannot know offline, written as <c>${Name}</c> placeholders that docs/native-tests.md tells a team
/// to fill (the template's outputs give the ARNs). One spelling each, so a <c>sed</c> over the export replaces them all.</summary>
public static class NativeTestPlaceholders
{
    /// <summary>The Amazon Connect instance id (or pass <c>--instance-id</c>, which wins over <c>--cli-input-json</c>).</summary>
    public const string InstanceId = "${InstanceId}";

    /// <summary>Hours of operation open around the clock: what a run that found the hours open substitutes.</summary>
    public const string AlwaysOpenHoursArn = "${AlwaysOpenHoursArn}";

    /// <summary>Hours of operation never open: what a run that found the hours closed substitutes.</summary>
    public const string AlwaysClosedHoursArn = "${AlwaysClosedHoursArn}";

    /// <summary>A queue no agent serves: the second safeguard, should <c>EndTest</c> come too late, so no live agent gets a test call.</summary>
    public const string NoAgentQueueArn = "${NoAgentTestQueueArn}";

    /// <summary>Every placeholder, for the report.</summary>
    public static IReadOnlyList<string> All { get; } = [InstanceId, AlwaysOpenHoursArn, AlwaysClosedHoursArn, NoAgentQueueArn];
}
