using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Cli;

#pragma warning disable CS1591 // The entries are the catalogue: each code and format says what it reports.

/// <summary>The message catalogue of the <c>dcc</c> command line itself (DCC46nn): errors no library reports with a code of its own.</summary>
public static class CliMessages
{
    /// <summary>"error CODE: message" with the arguments formatted invariantly; the shape <see cref="Rendering.ErrorJsonWriter"/> reads back.</summary>
    public static string Format(DiagnosticDescriptor descriptor, params object[] args) =>
        "error " + descriptor.CodedMessage(args);

    /// <summary>An error a command reported as plain <c>error: ...</c> text, with no code of its own (bad option value, missing file, a function's failure).</summary>
    public static readonly DiagnosticDescriptor InputError = new("DCC4600", "{0}");

    /// <summary>The command line itself does not parse (unknown option, missing argument).</summary>
    public static readonly DiagnosticDescriptor UsageError = new("DCC4601", "{0}");

    public static readonly DiagnosticDescriptor FileSystemError = new("DCC4602", "cannot read or write a file: {0}");

    public static readonly DiagnosticDescriptor InternalError = new("DCC4603", "internal error: {0}: {1}");
    public const string InternalErrorHint = "hint: this is a bug in dcc, not in your input; please report it with the command line that caused it.";

    public static readonly DiagnosticDescriptor FunctionBinaryUnusable = new("DCC4604", "function binary '{0}' cannot serve functions: {1} (--bootstrap expects the AOT bootstrap, e.g. from 'dcc package', or bootstrap.dll); no call was made.");

    public static readonly DiagnosticDescriptor StoreUnreachable = new("DCC4605", "the routing tables cannot be read: {0}; no call was made.");

    // The shared AWS profile files, checked before the SDK reads them: never the line's content, which may be a secret.
    public static readonly DiagnosticDescriptor AwsProfileFileMalformed = new("DCC1520", "{0}:{1}: this line of the AWS profile file is not a [profile] header, a name = value setting inside a profile, or a # comment (its content is not shown because it may hold a secret).");
    public static readonly DiagnosticDescriptor AwsProfileFileUnreadable = new("DCC1521", "cannot read {0}: {1}.");

    // Option values refused while the command line is parsed (Cli/Options): each names the option, the value and what is expected.
    public static readonly DiagnosticDescriptor InvalidCallTime = new("DCC4610", "{0} '{1}' is not valid: expected {2}.");
    public static readonly DiagnosticDescriptor InvalidDialedNumber = new("DCC4611", "{0} '{1}' is not valid: expected {2}.");
    public static readonly DiagnosticDescriptor InvalidAgentStatus = new("DCC4612", "{0} '{1}' is not valid: expected {2}.");
    /// <summary>A <c>--channel</c> value is not VOICE, CHAT or TASK.</summary>
    public static readonly DiagnosticDescriptor InvalidChannel = new("DCC4606", "{0} '{1}' is not valid: expected {2}.");
    /// <summary>A <c>--patience</c> value is not a whole number of prompts.</summary>
    public static readonly DiagnosticDescriptor InvalidPatience = new("DCC4607", "{0} '{1}' is not valid: expected {2}.");
    /// <summary>A <c>--mock NAME=FILE</c> value is not a name and a readable mock file.</summary>
    public static readonly DiagnosticDescriptor InvalidMock = new("DCC4650", "{0} '{1}' is not valid: expected {2}.");

    // dcc test --coverage and dcc explore (issue #12 items 6 and 7).
    /// <summary>The scenarios' branch coverage is below <c>--min-coverage</c>.</summary>
    public static readonly DiagnosticDescriptor CoverageBelowMinimum = new("DCC4630", "branch coverage {0} is below --min-coverage {1}%; the uncovered branches are listed above.");
    /// <summary>A <c>--min-coverage</c>, <c>--max-paths</c> or <c>--time-limit</c> value that is not what the option takes.</summary>
    public static readonly DiagnosticDescriptor InvalidExploreBound = new("DCC4631", "{0} '{1}' is not valid: expected {2}.");
    /// <summary>A FLOW given to <c>dcc explore</c> that is no file, folder of flows or flow of the instance model.</summary>
    public static readonly DiagnosticDescriptor UnknownExploreFlow = new("DCC4632", "flow '{0}' cannot be explored: {1}.");
    /// <summary>A <c>--external</c>, <c>--attribute</c> or <c>--flow-attribute</c> value is not NAME=VALUE.</summary>
    public static readonly DiagnosticDescriptor InvalidStartValue = new("DCC4640", "{0} '{1}' is not valid: expected {2}.");
    /// <summary>A <c>--start FILE</c> value is not a readable start-state file.</summary>
    public static readonly DiagnosticDescriptor InvalidStartFile = new("DCC4641", "{0} '{1}' is not valid: expected {2}.");
    /// <summary>A <c>--wait</c> value is not a duration such as 90s or 1m30s.</summary>
    public static readonly DiagnosticDescriptor InvalidWait = new("DCC4608", "{0} '{1}' is not valid: expected {2}.");

    // --store dynamodb and the seeder rehearsal (issue #14).
    /// <summary><c>--store dynamodb</c> with no endpoint and no region: the SDK would fail on the first request.</summary>
    public static readonly DiagnosticDescriptor DynamoDbNowhere = new("DCC4620", "--store dynamodb needs to know where the tables are: give --endpoint-url (e.g. http://127.0.0.1:8000 for a local DynamoDB such as dynalite), or --region (or AWS_REGION, or a profile's region) for AWS.");
    /// <summary><c>dcc invoke SeedTables</c> with <c>--store yaml</c>: the seeder writes DynamoDB tables only.</summary>
    public static readonly DiagnosticDescriptor SeedNeedsDynamoDb = new("DCC4621", "SeedTables writes the DynamoDB routing tables: rehearse it with --store dynamodb --endpoint-url http://127.0.0.1:PORT (a local DynamoDB such as dynalite).");
    /// <summary>A <c>--request-type</c> value is not create, update or delete, or names an environment the routing data lacks.</summary>
    public static readonly DiagnosticDescriptor InvalidSeedRequest = new("DCC4622", "{0} '{1}' is not valid: expected {2}.");

    // dcc test --export-native (issue #16).
    /// <summary><c>--flow-ids</c> names a file that is missing or is not a JSON object of flow names to ids.</summary>
    public static readonly DiagnosticDescriptor InvalidFlowIds = new("DCC4643", "--flow-ids file '{0}': {1} (expected a JSON object of flow name to flow id, e.g. {{\"MainFlow\": \"12345678-1234-1234-1234-123456789012\"}}).");
    /// <summary><c>--flow-ids</c> without <c>--export-native</c>: the ids are only used by the export.</summary>
    public static readonly DiagnosticDescriptor FlowIdsWithoutExport = new("DCC4644", "--flow-ids is only used with --export-native DIR.");
    /// <summary>The export folder cannot be written.</summary>
    public static readonly DiagnosticDescriptor ExportNotWritten = new("DCC4645", "cannot write the native test cases to '{0}': {1}");
}
