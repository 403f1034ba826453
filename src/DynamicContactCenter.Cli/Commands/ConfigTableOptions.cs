using System.CommandLine;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Cli.Commands;

/// <summary>
/// Where <c>dcc config</c> finds the live tables: <c>--endpoint-url</c>, <c>--region</c>, <c>--profile</c>, and
/// <c>--tables-from-stack</c> or <c>--table-prefix</c>, shared by plan, apply and export.
/// </summary>
/// <remarks>
/// Table names: <c>--tables-from-stack S</c> reads them from the deploy stack's outputs (EnvironmentsTableName,
/// DialedNumbersTableName, PromptsTableName); <c>--table-prefix P</c> gives P + Environments, DialedNumbers, Prompts;
/// without either the names come from the variables the functions read (ENVIRONMENTS_TABLE, DIALED_NUMBERS_TABLE,
/// PROMPTS_TABLE) by their rule, all three or none, else the logical names (<see cref="DynamoStoreFactory.TablesFromEnvironment"/>).
/// </remarks>
internal sealed class ConfigTableOptions
{
    /// <summary>The variable the SDK reads for the shared credentials file, honoured for <c>--profile</c> too.</summary>
    public const string SharedCredentialsFileVariable = "AWS_SHARED_CREDENTIALS_FILE";

    // A person runs config commands, not Connect: there is no 8 s deadline to fit, so attempts may be slow (a cold
    // table, a far region) and a retry is worth more than failing fast.
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);
    private const int MaxRetries = 3;

    public Option<string?> EndpointUrl { get; } = new("--endpoint-url")
    {
        Description = "DynamoDB endpoint, e.g. http://127.0.0.1:8000 for a local server (wins over AWS_ENDPOINT_URL_DYNAMODB and AWS_ENDPOINT_URL).",
    };

    public Option<string?> Region { get; } = new("--region")
    {
        Description = "AWS region of the tables (default: the profile's region, else AWS_REGION and the standard AWS chain).",
    };

    public Option<string?> Profile { get; } = new("--profile")
    {
        Description = "A named profile from the shared AWS credentials/config files to sign with (default: the standard AWS credential chain).",
    };

    public Option<string?> TablePrefix { get; } = new("--table-prefix")
    {
        Description = "Prefix of the three table names, e.g. dcc-prod- for dcc-prod-Environments, dcc-prod-DialedNumbers, dcc-prod-Prompts " +
            "(default: ENVIRONMENTS_TABLE, DIALED_NUMBERS_TABLE, PROMPTS_TABLE, else Environments, DialedNumbers, Prompts).",
    };

    public Option<string?> TablesFromStack { get; } = new("--tables-from-stack")
    {
        Description = "Read the three table names from the outputs of this CloudFormation stack (name or ARN), the one deploy/template.yaml " +
            "made: EnvironmentsTableName, DialedNumbersTableName, PromptsTableName. Signed with --profile or the standard AWS credential chain, " +
            "in --region. Not with --table-prefix.",
    };

    public Option<string?> CloudFormationEndpointUrl { get; } = new("--cloudformation-endpoint-url")
    {
        Description = "With --tables-from-stack: CloudFormation endpoint, e.g. http://127.0.0.1:4566 for a local server " +
            "(wins over AWS_ENDPOINT_URL_CLOUDFORMATION and AWS_ENDPOINT_URL).",
    };

    /// <summary>Adds the options to <paramref name="command"/>, and the check that the two ways of naming tables are not both used.</summary>
    public void AddTo(Command command)
    {
        command.Add(EndpointUrl);
        command.Add(Region);
        command.Add(Profile);
        command.Add(TablesFromStack);
        command.Add(TablePrefix);
        command.Add(CloudFormationEndpointUrl);
        command.Validators.Add(result =>
        {
            if (result.GetResult(TablesFromStack) is not null && result.GetResult(TablePrefix) is not null)
            {
                result.AddError("--tables-from-stack and --table-prefix both name the tables; pass one of them.");
            }
            else if (result.GetResult(CloudFormationEndpointUrl) is not null && result.GetResult(TablesFromStack) is null)
            {
                result.AddError("--cloudformation-endpoint-url is only used with --tables-from-stack.");
            }
        });
    }

    /// <summary>The client and table names the options choose, or null after writing why to <see cref="CliContext.Error"/>.</summary>
    /// <remarks>The client lives as long as the command: a CLI run is one short process.</remarks>
    public async Task<ConfigTables?> ConnectAsync(ParseResult parseResult, CliContext context, CancellationToken cancellationToken)
    {
        var endpointUrl = parseResult.GetValue(EndpointUrl);
        Uri? endpoint = null;
        if (endpointUrl is not null && !Uri.TryCreate(endpointUrl, UriKind.Absolute, out endpoint))
        {
            context.Error.WriteLine($"error: --endpoint-url '{endpointUrl}' is not an absolute URL (expected e.g. http://127.0.0.1:8000).");
            return null;
        }

        var region = parseResult.GetValue(Region);
        AWSCredentials? credentials = null;

        // Checked with or without --profile: the SDK's default chain reads the same files, and its error quotes the bad line.
        if (AwsSharedFilesCheck.FindProblem(context) is { } problem)
        {
            context.Error.WriteLine(problem);
            return null;
        }

        if (parseResult.GetValue(Profile) is { } profileName)
        {
            try
            {
                var chain = new CredentialProfileStoreChain(context.Environment(SharedCredentialsFileVariable));
                if (!chain.TryGetAWSCredentials(profileName, out credentials))
                {
                    context.Error.WriteLine($"error: --profile '{profileName}' is not a profile in the shared AWS credentials or config file " +
                        $"({context.Environment(SharedCredentialsFileVariable) ?? "~/.aws/credentials"}, ~/.aws/config).");
                    return null;
                }

                if (region is null && chain.TryGetProfile(profileName, out var profile) && profile.Region is { } profileRegion)
                {
                    region = profileRegion.SystemName;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A shape the check above does not know: still never the SDK's message, which may quote a secret.
                context.Error.WriteLine(CliMessages.Format(CliMessages.AwsProfileFileUnreadable, $"profile '{profileName}' from the shared AWS credentials or config file " +
                    $"({context.Environment(SharedCredentialsFileVariable) ?? "~/.aws/credentials"}, ~/.aws/config)", e.GetType().Name));
                return null;
            }
        }

        var stack = parseResult.GetValue(TablesFromStack);
        RoutingTableNames? tables;
        if (stack is not null)
        {
            tables = await ConfigStackTables.ResolveAsync(stack, parseResult.GetValue(CloudFormationEndpointUrl), region, credentials, context, cancellationToken);
            if (tables is null)
            {
                return null;
            }
        }
        else
        {
            tables = parseResult.GetValue(TablePrefix) is { } prefix
                ? RoutingTableNames.Default.WithPrefix(prefix)
                : DynamoStoreFactory.TablesFromEnvironment(context);
            if (tables is null)
            {
                return null;
            }
        }

        var options = new DynamoDbClientOptions
        {
            EndpointUrl = endpoint,
            Region = region,
            Credentials = credentials,
            AttemptTimeout = AttemptTimeout,
            MaxRetries = MaxRetries,
        };
        IAmazonDynamoDB client;
        try
        {
            client = DynamoDbClientFactory.Create(options);
        }
        catch (AmazonClientException e)
        {
            context.Error.WriteLine($"error: cannot configure the DynamoDB client: {e.Message}");
            return null;
        }

        var where = DynamoDbClientOptions.ResolveEndpoint(endpointUrl, context.Environment(DynamoDbClientFactory.ServiceEndpointVariable), context.Environment(DynamoDbClientFactory.GlobalEndpointVariable))
            ?? (region is null ? "AWS" : $"AWS {region}");
        return new ConfigTables(client, tables, where, stack);
    }
}
