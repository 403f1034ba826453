namespace DynamicContactCenter.Storage.CloudFormation;

/// <summary>The message catalogue of reading a stack's outputs from CloudFormation (DCC15xx).</summary>
/// <remarks>Each message names the stack, the region and the endpoint, so a person can tell a typo from a wrong region or account.</remarks>
internal static class CloudFormationMessages
{
    /// <summary>Fills a catalogue format with invariant culture.</summary>
    public static string Format(string format, params object?[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);

    public const string StackNotFoundCode = "DCC1501";
    public const string StackNotFound =
        "DCC1501: CloudFormation stack \"{0}\" does not exist in region {1} ({2}): {3}. Check the stack name, --region and the account the credentials belong to.";

    public const string RequestFailedCode = "DCC1502";
    public const string RequestFailed = "DCC1502: DescribeStacks for stack \"{0}\" in region {1} ({2}) failed with HTTP {3} {4}: {5}";

    public const string UnreachableCode = "DCC1503";
    public const string Unreachable = "DCC1503: cannot reach CloudFormation at {2} to read stack \"{0}\" in region {1}: {3}";

    public const string MalformedResponseCode = "DCC1504";
    public const string MalformedResponse = "DCC1504: the DescribeStacks answer for stack \"{0}\" in region {1} ({2}) is not the expected XML: {3}";

    public const string MissingOutputsCode = "DCC1505";
    public const string MissingOutputs =
        "DCC1505: CloudFormation stack \"{0}\" in region {1} (status {2}) has no output {3} (expected the outputs deploy/template.yaml declares: {4}; the stack has: {5})";

    public const string NoCredentialsCode = "DCC1506";
    public const string NoCredentials = "DCC1506: no AWS credentials to sign DescribeStacks for stack \"{0}\" in region {1}: {2}";
}
