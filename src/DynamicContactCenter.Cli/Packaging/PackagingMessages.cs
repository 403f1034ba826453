namespace DynamicContactCenter.Cli.Packaging;

/// <summary>The <c>dcc package</c> message catalogue (DCC80nn): every problem found before anything reaches AWS. Tests assert the codes.</summary>
public static class PackagingMessages
{
    /// <summary>"CODE: message" with the arguments formatted invariantly.</summary>
    public static string Format(string code, string format, params object[] args) =>
        code + ": " + string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);

#pragma warning disable CS1591 // The constants are the catalogue; each format says what it reports.
    // The source template
    public const string TemplateUnreadableCode = "DCC8001";
    public const string TemplateUnreadable = "The template '{0}' cannot be read: {1}";
    public const string TemplateNotYamlCode = "DCC8002";
    public const string TemplateNotYaml = "The template '{0}' is not valid YAML: {1}";
    public const string TemplateShapeCode = "DCC8003";
    public const string TemplateShape = "The template '{0}' has no {1}; expected a CloudFormation template with Parameters and Resources.";
    public const string FlowContentNotPathCode = "DCC8004";
    public const string FlowContentNotPath = "{0}: resource {1} (AWS::Connect::ContactFlow) has Content that is not a path; in the source template Content names the flow file, e.g. ../flows/{1}.json.";
    public const string FlowFileMissingCode = "DCC8005";
    public const string FlowFileMissing = "{0}: resource {1} takes its Content from '{2}', which cannot be read: {3}";
    public const string UnknownPlaceholderCode = "DCC8006";
    public const string UnknownPlaceholder = "{0}: placeholder ${{{1}}} names nothing in {2}; expected ${{Parameter}} for one of its parameters ({3}) or ${{XArn}} for its Lambda function or contact flow X ({4}).";
    public const string SelfReferenceCode = "DCC8007";
    public const string SelfReference = "{0}: placeholder ${{{1}}} is the flow's own ARN; CloudFormation cannot create a resource that references itself.";
    public const string FlowInvalidCode = "DCC8008";
    public const string FlowInvalid = "{0}: the flow does not parse: {1}";
    public const string UnknownHandlerCode = "DCC8009";
    public const string UnknownHandler = "{0}: function {1} has Handler '{2}', which the bootstrap does not serve; expected one of {3}.";
    public const string NoFlowsCode = "DCC8010";
    public const string NoFlows = "{0}: no AWS::Connect::ContactFlow resource; the template deploys the three flows of flows/.";

    // The bootstrap
    public const string NotInRepositoryCode = "DCC8020";
    public const string NotInRepository = "No folder above '{0}' holds DynamicContactCenter.slnx: run dcc package inside a clone of the repository, or pass --template and --bootstrap.";
    public const string CrossToolchainMissingCode = "DCC8021";
    public const string CrossToolchainMissing = "--arch {0} cannot be built on this {1} machine: Native AOT cross-compilation needs {2} on PATH (missing: {3}). Install them (Debian/Ubuntu: apt-get install {4}), build on a {0} machine, or pass --bootstrap with a {0} bootstrap built elsewhere.";
    public const string NotLinuxCode = "DCC8022";
    public const string NotLinux = "Native AOT builds a Linux bootstrap only on Linux (this is {0}); run dcc package on Linux (or in a Linux container), or pass --bootstrap with a bootstrap built there.";
    public const string DotnetMissingCode = "DCC8023";
    public const string DotnetMissing = "'dotnet' could not be started ({0}); dcc package publishes the bootstrap with the .NET SDK, which must be on PATH.";
    public const string PublishFailedCode = "DCC8024";
    public const string PublishFailed = "dotnet publish of the bootstrap failed (exit code {0}):{1}{2}";
    public const string BootstrapMissingCode = "DCC8025";
    public const string BootstrapMissing = "The bootstrap '{0}' does not exist.";
    public const string BootstrapNotElfCode = "DCC8026";
    public const string BootstrapNotElf = "The bootstrap '{0}' is not a Linux executable (no ELF header); Lambda's provided.al2023 runtime runs a Linux binary named bootstrap.";
    public const string BootstrapWrongArchCode = "DCC8027";
    public const string BootstrapWrongArch = "The bootstrap '{0}' is built for {1}, but the functions are packaged for --arch {2}; build it for {2} or pass --arch {1}.";
    public const string BootstrapTooLargeCode = "DCC8028";
    public const string BootstrapTooLarge = "The bootstrap '{0}' is {1:N0} bytes; Lambda accepts at most {2:N0} bytes unzipped.";
    public const string UnknownArchitectureCode = "DCC8029";
    public const string UnknownArchitecture = "--arch '{0}' is not a Lambda architecture; expected x86_64 or arm64.";
    public const string OutputUnwritableCode = "DCC8030";
    public const string OutputUnwritable = "The output folder '{0}' cannot be written: {1}";
#pragma warning restore CS1591
}
