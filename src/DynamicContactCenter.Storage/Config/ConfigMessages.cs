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

    public const string LockedCode = "DCC1410";
    public const string Locked =
        "another apply holds the apply lock (row \"" + DynamoDb.RoutingTableSchema.ApplyLockKey + "\" in DynamoDB table {0}): {1}; nothing was written. " +
        "Wait for it to finish, then run `dcc config plan` again to see the rows it wrote, and apply.";

    public const string LockHolder = "{0}, since {1}, lease until {2} (a killed apply's lease ends then by itself)";

    public const string StalePlanCode = "DCC1411";
    public const string StalePlan =
        "the tables changed between the plan and the apply (another apply finished, or someone edited them): table {0} ({1}) key \"{2}\" " +
        "is no longer as the plan saw it; nothing was written. Run `dcc config plan` again to see the current rows, then apply.";

    public const string LeaseLostCode = "DCC1412";
    public const string LeaseLost =
        "the apply lock in DynamoDB table {0} was taken by another apply after this one's lease ran out; " +
        "{1} of {2} changes were applied and none after them (every step leaves valid tables). Run `dcc config plan` again, then apply.";

    public const string LockFailed = "DCC1413: the apply lock in DynamoDB table {0} could not be read or written, so nothing was written: {1}";

    public const string InvalidData = "DCC1402: the routing data is not valid, so no plan was made and nothing was written: {0}";
    public const string WriteFailed = "DCC1403: {0} {1} key \"{2}\" in DynamoDB table {3} failed after {4} of {5} changes were applied: {6}. Run `dcc config apply` again to finish: it plans from the rows as they are now.";
}
