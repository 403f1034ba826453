using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Storage.CloudFormation;

#pragma warning disable CS1591 // The entries are the catalogue: each code and format says what it reports.

/// <summary>The message catalogue of reading a stack's outputs from CloudFormation (DCC15xx).</summary>
/// <remarks>Each message names the stack, the region and the endpoint, so a person can tell a typo from a wrong region or account.</remarks>
public static class CloudFormationMessages
{
    public static readonly DiagnosticDescriptor StackNotFound = new("DCC1501",
        "CloudFormation stack \"{0}\" does not exist in region {1} ({2}): {3}. Check the stack name, --region and the account the credentials belong to.");

    public static readonly DiagnosticDescriptor RequestFailed = new("DCC1502", "DescribeStacks for stack \"{0}\" in region {1} ({2}) failed with HTTP {3} {4}: {5}");

    public static readonly DiagnosticDescriptor Unreachable = new("DCC1503", "cannot reach CloudFormation at {2} to read stack \"{0}\" in region {1}: {3}");

    public static readonly DiagnosticDescriptor MalformedResponse = new("DCC1504", "the DescribeStacks answer for stack \"{0}\" in region {1} ({2}) is not the expected XML: {3}");

    public static readonly DiagnosticDescriptor MissingOutputs = new("DCC1505",
        "CloudFormation stack \"{0}\" in region {1} (status {2}) has no output {3} (expected the outputs deploy/template.yaml declares: {4}; the stack has: {5})");

    public static readonly DiagnosticDescriptor NoCredentials = new("DCC1506", "no AWS credentials to sign DescribeStacks for stack \"{0}\" in region {1}: {2}");
}
