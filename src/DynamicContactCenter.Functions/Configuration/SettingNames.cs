namespace DynamicContactCenter.Functions.Configuration;

/// <summary>The environment variables the functions read (Lambda's own, the template's, and local ones prefixed DCC_).</summary>
public static class SettingNames
{
    /// <summary>Which function this process serves (Lambda's handler setting).</summary>
    public const string Handler = "_HANDLER";
    /// <summary>host:port of the Lambda Runtime API.</summary>
    public const string RuntimeApi = "AWS_LAMBDA_RUNTIME_API";
    /// <summary>The Environments table name.</summary>
    public const string EnvironmentsTable = Storage.DynamoDb.RoutingTableNames.EnvironmentsVariable;
    /// <summary>The DialedNumbers table name.</summary>
    public const string DialedNumbersTable = Storage.DynamoDb.RoutingTableNames.DialedNumbersVariable;
    /// <summary>The Prompts table name.</summary>
    public const string PromptsTable = Storage.DynamoDb.RoutingTableNames.PromptsVariable;
    /// <summary>The language whose error and exit prompts GetLambdas returns; default English.</summary>
    public const string DefaultLanguage = "DEFAULT_LANGUAGE";
    /// <summary>A DynamoDB endpoint URL other than AWS's (dynalite in tests); the AWS SDKs' standard variable.</summary>
    public const string DynamoDbEndpoint = "AWS_ENDPOINT_URL_DYNAMODB";
    /// <summary>The AWS region of the tables.</summary>
    public const string Region = "AWS_REGION";
    /// <summary>A routing.yaml to serve instead of the embedded default when no tables are set.</summary>
    public const string RoutingFile = "DCC_ROUTING_FILE";
    /// <summary>How long DynamoDB reads are cached, in seconds (default 60).</summary>
    public const string CacheTtlSeconds = "DCC_CACHE_TTL_SECONDS";
    /// <summary>"true" or "1": handle one event and exit (local runs, cold-start benchmarks).</summary>
    public const string RunOnce = "DCC_RUN_ONCE";
    /// <summary>"true" or "1": SeedTables also answers an http(s)://127.0.0.1 ResponseURL. For tests and local runs only;
    /// the template never sets it (a deployed seeder answers https AWS hosts only).</summary>
    public const string AllowLoopbackResponseUrl = "DCC_ALLOW_LOOPBACK_RESPONSE_URL";
    /// <summary>A Connect endpoint URL other than AWS's (a loopback fake in tests); the AWS SDKs' standard variable.
    /// Only AssociatePhoneNumbers calls Connect.</summary>
    public const string ConnectEndpoint = "AWS_ENDPOINT_URL_CONNECT";
}
