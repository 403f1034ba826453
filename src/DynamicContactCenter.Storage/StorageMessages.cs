using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Storage;

#pragma warning disable CS1591 // The entries are the catalogue: each code and format says what it reports.

/// <summary>
/// The storage message catalogue: reading routing files (DCC12xx) and talking to DynamoDB (DCC13xx, in exception
/// messages). Routing data rules themselves are in the Routing project's catalogue (DCC10xx).
/// </summary>
public static class StorageMessages
{
    /// <summary>Only some of the three table variables are set (the functions' init error and every command's; one rule, RoutingTableNames.FromVariables).</summary>
    public static readonly DiagnosticDescriptor TablesPartlySet = new("DCC4021", "Set all three table variables (ENVIRONMENTS_TABLE, DIALED_NUMBERS_TABLE, PROMPTS_TABLE) or none; only {0} set.");

    public static readonly DiagnosticDescriptor YamlSyntax = new("DCC1201", "the file is not valid YAML: {0}");

    public static readonly DiagnosticDescriptor WrongShape = new("DCC1202", "{0} is {1} (expected {2})");

    public static readonly DiagnosticDescriptor UnknownKey = new("DCC1203", "\"{0}\" is not a known key here (expected one of: {1})");

    public static readonly DiagnosticDescriptor MissingKey = new("DCC1204", "{0} is missing (expected {1})");

    public static readonly DiagnosticDescriptor UnreadableFile = new("DCC1205", "cannot read {0}: {1}");

    public static readonly DiagnosticDescriptor EmptyDocument = new("DCC1206", "the file holds no routing data (expected a mapping with organisation, defaultLanguage, environments, dialedNumbers and languages)");

    public static readonly DiagnosticDescriptor ExtraDocuments = new("DCC1207", "the file holds {0} YAML documents (expected one)");

    // DynamoDB failures are infrastructure, so they are exceptions (RoutingStoreException), but they keep stable codes too.
    public static readonly DiagnosticDescriptor ReadFailed = new("DCC1301", "reading {0} key \"{1}\" from DynamoDB table {2} failed: {3}");
    public static readonly DiagnosticDescriptor WriteFailed = new("DCC1302", "writing {0} key \"{1}\" to DynamoDB table {2} failed after {4} of {5} rows were written: {3}");
    public static readonly DiagnosticDescriptor DeleteFailed = new("DCC1303", "deleting {0} key \"{1}\" from DynamoDB table {2} failed after {4} of {5} rows were deleted: {3}");
    // From the range reserved for issue #10's runtime work (DCC4043–DCC4099), so it cannot collide with DCC13xx growth.
    public static readonly DiagnosticDescriptor ReadOutOfTime = new("DCC4048", "reading {0} key \"{1}\" was stopped: the invocation's time for store reads ran out ({2:N0} ms were left; the rest is kept to answer before the deadline)");
    public static readonly DiagnosticDescriptor ScanFailed = new("DCC1304", "scanning DynamoDB table {0} ({1}) failed: {2}");
    public static readonly DiagnosticDescriptor MalformedItem = new("DCC1305", "the {0} row \"{1}\" in DynamoDB table {2} has no string attribute {3} (expected {4})");
    public static readonly DiagnosticDescriptor InvalidData = new("DCC1306", "the routing data is not valid, so nothing was written: {0}");
}
