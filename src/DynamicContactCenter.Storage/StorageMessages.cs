namespace DynamicContactCenter.Storage;

/// <summary>
/// The storage message catalogue: reading routing files (DCC12xx) and talking to DynamoDB (DCC13xx, in exception
/// messages). Routing data rules themselves are in the Routing project's catalogue (DCC10xx).
/// </summary>
internal static class StorageMessages
{
    /// <summary>Fills a catalogue format with invariant culture.</summary>
    public static string Format(string format, params object?[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);

    public const string YamlSyntaxCode = "DCC1201";
    public const string YamlSyntax = "the file is not valid YAML: {0}";

    public const string WrongShapeCode = "DCC1202";
    public const string WrongShape = "{0} is {1} (expected {2})";

    public const string UnknownKeyCode = "DCC1203";
    public const string UnknownKey = "\"{0}\" is not a known key here (expected one of: {1})";

    public const string MissingKeyCode = "DCC1204";
    public const string MissingKey = "{0} is missing (expected {1})";

    public const string UnreadableFileCode = "DCC1205";
    public const string UnreadableFile = "cannot read {0}: {1}";

    public const string EmptyDocumentCode = "DCC1206";
    public const string EmptyDocument = "the file holds no routing data (expected a mapping with organisation, defaultLanguage, environments, dialedNumbers and languages)";

    public const string ExtraDocumentsCode = "DCC1207";
    public const string ExtraDocuments = "the file holds {0} YAML documents (expected one)";

    // DynamoDB failures are infrastructure, so they are exceptions (RoutingStoreException), but they keep stable codes too.
    public const string ReadFailed = "DCC1301: reading {0} key \"{1}\" from DynamoDB table {2} failed: {3}";
    public const string WriteFailed = "DCC1302: writing {0} key \"{1}\" to DynamoDB table {2} failed after {4} of {5} rows were written: {3}";
    public const string DeleteFailed = "DCC1303: deleting {0} key \"{1}\" from DynamoDB table {2} failed after {4} of {5} rows were deleted: {3}";
    // From the range reserved for issue #10's runtime work (DCC4043–DCC4099), so it cannot collide with DCC13xx growth.
    public const string ReadOutOfTime = "DCC4048: reading {0} key \"{1}\" was stopped: the invocation's time for store reads ran out ({2:N0} ms were left; the rest is kept to answer before the deadline)";
    public const string ScanFailed = "DCC1304: scanning DynamoDB table {0} ({1}) failed: {2}";
    public const string MalformedItem = "DCC1305: the {0} row \"{1}\" in DynamoDB table {2} has no string attribute {3} (expected {4})";
    public const string InvalidData = "DCC1306: the routing data is not valid, so nothing was written: {0}";
}
