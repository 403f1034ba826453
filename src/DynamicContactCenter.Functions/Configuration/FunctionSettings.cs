using DynamicContactCenter.Storage.DynamoDb;
using System.Collections.Immutable;
using System.Globalization;

namespace DynamicContactCenter.Functions.Configuration;

/// <summary>Everything the function process reads from its environment, read once at start (the one settings type).</summary>
public sealed record FunctionSettings
{
    /// <summary>The default for <see cref="DefaultLanguage"/>.</summary>
    public const string EnglishLanguage = "English";

    /// <summary>The raw <c>_HANDLER</c> value, or null.</summary>
    public string? Handler { get; init; }

    /// <summary><c>AWS_LAMBDA_RUNTIME_API</c> (host:port), or null.</summary>
    public string? RuntimeApi { get; init; }

    /// <summary>The three table names when DynamoDB is the store; null when the YAML store serves.</summary>
    public RoutingTableNames? Tables { get; init; }

    /// <summary>The language whose error and exit prompts GetLambdas returns.</summary>
    public string DefaultLanguage { get; init; } = EnglishLanguage;

    /// <summary>A DynamoDB endpoint other than AWS's, or null.</summary>
    public Uri? DynamoDbEndpoint { get; init; }

    /// <summary>The AWS region, or null to let the SDK decide.</summary>
    public string? Region { get; init; }

    /// <summary>A routing.yaml path to serve when no tables are set; null for the embedded default.</summary>
    public string? RoutingFile { get; init; }

    /// <summary>How long DynamoDB reads are cached.</summary>
    public TimeSpan CacheTtl { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Handle one event and exit.</summary>
    public bool RunOnce { get; init; }

    /// <summary>SeedTables may answer a loopback ResponseURL (tests and local runs; see <see cref="SettingNames.AllowLoopbackResponseUrl"/>).</summary>
    public bool AllowLoopbackResponseUrl { get; init; }

    /// <summary>A Connect endpoint other than AWS's (AWS_ENDPOINT_URL_CONNECT), or null.</summary>
    public Uri? ConnectEndpoint { get; init; }

    /// <summary>Reads the settings; any problem is a message for <c>/init/error</c>, never an exception.</summary>
    public static (FunctionSettings Settings, ImmutableArray<string> Errors) Read(IEnvironmentVariables environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var errors = ImmutableArray.CreateBuilder<string>();
        string? Get(string name) => environment.Read(name) is { Length: > 0 } value ? value.Trim() : null;

        var (tableNames, partlySet) = RoutingTableNames.FromVariables(environment.Read);
        if (partlySet.Count > 0)
        {
            errors.Add(RoutingTableNames.PartlySetError(partlySet));
        }

        Uri? endpoint = null;
        if (Get(SettingNames.DynamoDbEndpoint) is { } endpointText && !Uri.TryCreate(endpointText, UriKind.Absolute, out endpoint))
        {
            errors.Add(FunctionMessages.BadSetting.CodedMessage(SettingNames.DynamoDbEndpoint, endpointText, "an absolute URL such as http://127.0.0.1:4567"));
        }

        Uri? connectEndpoint = null;
        if (Get(SettingNames.ConnectEndpoint) is { } connectText && !Uri.TryCreate(connectText, UriKind.Absolute, out connectEndpoint))
        {
            errors.Add(FunctionMessages.BadSetting.CodedMessage(SettingNames.ConnectEndpoint, connectText, "an absolute URL such as http://127.0.0.1:4568"));
        }

        var ttl = TimeSpan.FromSeconds(60);
        if (Get(SettingNames.CacheTtlSeconds) is { } ttlText)
        {
            if (int.TryParse(ttlText, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                ttl = TimeSpan.FromSeconds(seconds);
            }
            else
            {
                errors.Add(FunctionMessages.BadSetting.CodedMessage(SettingNames.CacheTtlSeconds, ttlText, "a whole number of seconds (0 or more)"));
            }
        }

        bool Flag(string name) => Get(name) is { } text && (text == "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase));
        var runOnce = Flag(SettingNames.RunOnce);

        var settings = new FunctionSettings
        {
            Handler = Get(SettingNames.Handler),
            RuntimeApi = Get(SettingNames.RuntimeApi),
            Tables = tableNames,
            DefaultLanguage = Get(SettingNames.DefaultLanguage) ?? EnglishLanguage,
            DynamoDbEndpoint = endpoint,
            Region = Get(SettingNames.Region),
            RoutingFile = Get(SettingNames.RoutingFile),
            CacheTtl = ttl,
            RunOnce = runOnce,
            AllowLoopbackResponseUrl = Flag(SettingNames.AllowLoopbackResponseUrl),
            ConnectEndpoint = connectEndpoint,
        };
        return (settings, errors.ToImmutable());
    }

}
