using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Cli.Packaging;

/// <summary>The <c>dcc package</c> message catalogue (DCC80nn): every problem found before anything reaches AWS, and the deployed
/// stack's command-line values (DCC804x). Tests assert the codes.</summary>
public static class PackagingMessages
{
#pragma warning disable CS1591 // The constants are the catalogue; each format says what it reports.
    // The source template
    public static readonly DiagnosticDescriptor TemplateUnreadable = new("DCC8001", "The template '{0}' cannot be read: {1}");
    public static readonly DiagnosticDescriptor TemplateNotYaml = new("DCC8002", "The template '{0}' is not valid YAML: {1}");
    public static readonly DiagnosticDescriptor TemplateShape = new("DCC8003", "The template '{0}' has no {1}; expected a CloudFormation template with Parameters and Resources.");
    public static readonly DiagnosticDescriptor FlowContentNotPath = new("DCC8004", "{0}: resource {1} (AWS::Connect::ContactFlow) has Content that is not a path; in the source template Content names the flow file, e.g. ../flows/{1}.json.");
    public static readonly DiagnosticDescriptor FlowFileMissing = new("DCC8005", "{0}: resource {1} takes its Content from '{2}', which cannot be read: {3}");
    public static readonly DiagnosticDescriptor UnknownPlaceholder = new("DCC8006", "{0}: placeholder ${{{1}}} names nothing in {2}; expected ${{Parameter}} for one of its parameters ({3}) or ${{XArn}} for its Lambda function or contact flow X ({4}).");
    public static readonly DiagnosticDescriptor SelfReference = new("DCC8007", "{0}: placeholder ${{{1}}} is the flow's own ARN; CloudFormation cannot create a resource that references itself.");
    public static readonly DiagnosticDescriptor FlowInvalid = new("DCC8008", "{0}: the flow does not parse: {1}");
    public static readonly DiagnosticDescriptor UnknownHandler = new("DCC8009", "{0}: function {1} has Handler '{2}', which the bootstrap does not serve; expected one of {3}.");
    public static readonly DiagnosticDescriptor NoFlows = new("DCC8010", "{0}: no AWS::Connect::ContactFlow resource; the template deploys the three flows of flows/.");

    // The bootstrap
    public static readonly DiagnosticDescriptor NotInRepository = new("DCC8020", "No folder above '{0}' holds DynamicContactCenter.slnx: run dcc package inside a clone of the repository, or pass --template and --bootstrap.");
    public static readonly DiagnosticDescriptor CrossToolchainMissing = new("DCC8021", "--arch {0} cannot be built on this {1} machine: Native AOT cross-compilation needs {2} on PATH (missing: {3}). Install them (Debian/Ubuntu: apt-get install {4}), build on a {0} machine, or pass --bootstrap with a {0} bootstrap built elsewhere.");
    public static readonly DiagnosticDescriptor NotLinux = new("DCC8022", "Native AOT builds a Linux bootstrap only on Linux (this is {0}); run dcc package on Linux (or in a Linux container), or pass --bootstrap with a bootstrap built there.");
    public static readonly DiagnosticDescriptor DotnetMissing = new("DCC8023", "'dotnet' could not be started ({0}); dcc package publishes the bootstrap with the .NET SDK, which must be on PATH.");
    public static readonly DiagnosticDescriptor PublishFailed = new("DCC8024", "dotnet publish of the bootstrap failed (exit code {0}):{1}{2}");
    public static readonly DiagnosticDescriptor BootstrapMissing = new("DCC8025", "The bootstrap '{0}' does not exist.");
    public static readonly DiagnosticDescriptor BootstrapNotElf = new("DCC8026", "The bootstrap '{0}' is not a Linux executable (no ELF header); Lambda's provided.al2023 runtime runs a Linux binary named bootstrap.");
    public static readonly DiagnosticDescriptor BootstrapWrongArch = new("DCC8027", "The bootstrap '{0}' is built for {1}, but the functions are packaged for --arch {2}; build it for {2} or pass --arch {1}.");
    public static readonly DiagnosticDescriptor BootstrapTooLarge = new("DCC8028", "The bootstrap '{0}' is {1:N0} bytes; Lambda accepts at most {2:N0} bytes unzipped.");
    public static readonly DiagnosticDescriptor UnknownArchitecture = new("DCC8029", "--arch '{0}' is not a Lambda architecture; expected x86_64 or arm64.");
    public static readonly DiagnosticDescriptor OutputUnwritable = new("DCC8030", "The output folder '{0}' cannot be written: {1}");

    // The deployed stack's command-line values (DCC804x): dcc package --parameter and dcc config --tables-from-stack. Missing
    // credentials for the stack reuse Storage's DCC1506 (CloudFormationMessages.NoCredentials), which means exactly that.
    public static readonly DiagnosticDescriptor StackRegionMissing = new("DCC8040", "--tables-from-stack '{0}' needs the stack's region; expected --region, AWS_REGION, or a --profile with a region.");
    public static readonly DiagnosticDescriptor StackEndpointInvalid = new("DCC8041", "the CloudFormation endpoint '{0}' (from --cloudformation-endpoint-url, {1} or {2}) is not an absolute URL; expected e.g. http://127.0.0.1:4566.");
    public static readonly DiagnosticDescriptor ParameterNotNameValue = new("DCC8042", "--parameter '{0}' is not NAME=VALUE; expected a template parameter's name, '=' and its value, e.g. --parameter ConnectInstanceArn=arn:aws:connect:...");
    public static readonly DiagnosticDescriptor FlowNotLaidOut = new("DCC8043", "{0}: the flow's designer positions are missing or overlap ({1}); the Connect designer would not draw it laid out. Run dcc layout {0} and commit the result.");
    // The tenant's parts (DCC8044-8049): numbers, languages, queues and hours generated from the routing file and the instance model,
    // and the --parameter values checked against the template written.
    public static readonly DiagnosticDescriptor TenantFileInvalid = new("DCC8044", "{0}: the generated parts come from '{1}', which is not usable: {2}");
    public static readonly DiagnosticDescriptor InstanceResourceMissing = new("DCC8045", "{0}: --instance-resources create: {1}; the stack creates each queue the routing rows use from this file's queue (name, hours, maxContacts) and its hours of operation.");
    public static readonly DiagnosticDescriptor ParameterUnknown = new("DCC8046", "--parameter {0}: the packaged template has no parameter {0}; expected one of {1}.");
    public static readonly DiagnosticDescriptor ParameterValueRejected = new("DCC8047", "--parameter {0}='{1}' would be refused by CloudFormation: {2} ({3}).");
    public static readonly DiagnosticDescriptor InstanceResourcesUnknown = new("DCC8048", "--instance-resources '{0}' is not a mode; expected existing (the queue ARNs are parameters) or create (the stack creates the queues and hours of config/instance.yaml).");
    public static readonly DiagnosticDescriptor GeneratedRegionInvalid = new("DCC8049", "{0}: {1}.");
#pragma warning restore CS1591
}
