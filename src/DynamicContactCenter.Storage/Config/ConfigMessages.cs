namespace DynamicContactCenter.Storage.Config;

/// <summary>The message catalogue of <c>dcc config</c> planning and applying (DCC14xx). Infrastructure failures stay exceptions, with codes too.</summary>
internal static class ConfigMessages
{
    /// <summary>Fills a catalogue format with invariant culture.</summary>
    public static string Format(string format, params object?[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);

    public const string ChangedSincePlanCode = "DCC1401";
    public const string ChangedSincePlan =
        "changed since plan: table {0} ({1}) key \"{2}\" no longer holds what the plan saw, so it was not overwritten; " +
        "{3} of {4} changes were applied before it and none after it. Run `dcc config plan` again to see the current rows, then apply.";

    public const string InvalidData = "DCC1402: the routing data is not valid, so no plan was made and nothing was written: {0}";
    public const string WriteFailed = "DCC1403: {0} {1} key \"{2}\" in DynamoDB table {3} failed after {4} of {5} changes were applied: {6}. Run `dcc config apply` again to finish: it plans from the rows as they are now.";
}
