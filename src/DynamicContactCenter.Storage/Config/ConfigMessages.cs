using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Storage.Config;

#pragma warning disable CS1591 // The entries are the catalogue: each code and format says what it reports.

/// <summary>The message catalogue of <c>dcc config</c> planning and applying (DCC14xx). Infrastructure failures stay exceptions, with codes too.</summary>
public static class ConfigMessages
{
    /// <summary>Fills a catalogue format with invariant culture.</summary>
    public static string Format(string format, params object?[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);

    public static readonly DiagnosticDescriptor ChangedSincePlan = new("DCC1401",
        "changed since plan: table {0} ({1}) key \"{2}\" no longer holds what the plan saw, so it was not overwritten; " +
        "{3} of {4} changes were applied (rows of its step already being written finish; no later step starts). Run `dcc config plan` again to see the current rows, then apply.");

    public static readonly DiagnosticDescriptor Locked = new("DCC1410",
        "another apply holds the apply lock (row \"" + DynamoDb.RoutingTableSchema.ApplyLockKey + "\" in DynamoDB table {0}): {1}; nothing was written. " +
        "Wait for it to finish, then run `dcc config plan` again to see the rows it wrote, and apply.");

    public const string LockHolder = "{0}, since {1}, lease until {2} (a killed apply's lease ends then by itself)";

    public static readonly DiagnosticDescriptor StalePlan = new("DCC1411",
        "the tables changed between the plan and the apply (another apply finished, or someone edited them): table {0} ({1}) key \"{2}\" " +
        "is no longer as the plan saw it; nothing was written. Run `dcc config plan` again to see the current rows, then apply.");

    public static readonly DiagnosticDescriptor LeaseLost = new("DCC1412",
        "the apply lock in DynamoDB table {0} was taken by another apply after this one's lease ran out; " +
        "{1} of {2} changes were applied and none after them (every step leaves valid tables). Run `dcc config plan` again, then apply.");

    public static readonly DiagnosticDescriptor LockFailed = new("DCC1413", "the apply lock in DynamoDB table {0} could not be read or written, so nothing was written: {1}");

    public static readonly DiagnosticDescriptor InvalidData = new("DCC1402", "the routing data is not valid, so no plan was made and nothing was written: {0}");
    public static readonly DiagnosticDescriptor WriteFailed = new("DCC1403", "{0} {1} key \"{2}\" in DynamoDB table {3} failed after {4} of {5} changes were applied: {6}. Run `dcc config apply` again to finish: it plans from the rows as they are now.");

    // Issue #15 (config apply at network latency): DCC1414–DCC1419.
    public static readonly DiagnosticDescriptor InvalidConcurrency = new("DCC1414", "{0} '{1}' is not valid: expected {2}");
}
