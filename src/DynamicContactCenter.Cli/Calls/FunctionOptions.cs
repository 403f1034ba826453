using System.CommandLine;
using DynamicContactCenter.Cli.Commands;
using DynamicContactCenter.Functions.Configuration;
using DynamicContactCenter.Local;
using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Cli.Calls;

/// <summary>The options that choose how a call's Lambda functions run: in this process, or as the real <c>bootstrap</c> behind a local Runtime API.</summary>
internal sealed class FunctionOptions
{
    public Option<string> Functions { get; } = new("--functions")
    {
        Description = "How the functions run: in-process (the handlers in this process) or process (the bootstrap binary behind a local Lambda Runtime API).",
        DefaultValueFactory = _ => "in-process",
    };

    public Option<string?> Bootstrap { get; } = new("--bootstrap")
    {
        Description = "The function binary for --functions process: the Native AOT bootstrap, or bootstrap.dll to run it with dotnet (default: the bootstrap.dll shipped with dcc).",
    };

    public FunctionOptions()
    {
        Functions.AcceptOnlyFromAmong("in-process", "process");
    }

    public void AddTo(Command command)
    {
        command.Add(Functions);
        command.Add(Bootstrap);
    }

    /// <summary>The invoker for the chosen mode, or null (with the reason written) when it cannot be started.</summary>
    /// <remarks>In process mode each function runs as its own <c>bootstrap</c> process behind a local Runtime API, reading the same store the
    /// command was given: the routing file through DCC_ROUTING_FILE, or the tables through the variables the deployed functions read;
    /// with the center's default language (DEFAULT_LANGUAGE), so both modes answer alike.</remarks>
    public async Task<LambdaInvokerLease?> CreateInvokerAsync(ParseResult parseResult, LocalContactCenter center, StoreOptions storeOptions, CliContext context)
    {
        if (parseResult.GetValue(Functions) != "process")
        {
            return new LambdaInvokerLease(center.Functions, null);
        }

        var bootstrap = parseResult.GetValue(Bootstrap) is { } given ? context.ResolvePath(given) : DefaultBootstrap;
        if (!File.Exists(bootstrap))
        {
            await context.Error.WriteLineAsync($"error: function binary '{bootstrap}' does not exist (--bootstrap expects the AOT bootstrap, e.g. from 'dcc package', or bootstrap.dll).");
            return null;
        }

        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { [SettingNames.DefaultLanguage] = center.HostOptions.DefaultLanguage };
        if (parseResult.GetValue(storeOptions.Store) == "dynamodb")
        {
            // The names the command's own store reads, so the function processes read the same tables.
            if (DynamoStoreFactory.TablesFromEnvironment(context) is not { } tables)
            {
                return null;
            }

            environment[RoutingTableNames.EnvironmentsVariable] = tables.Environments;
            environment[RoutingTableNames.DialedNumbersVariable] = tables.DialedNumbers;
            environment[RoutingTableNames.PromptsVariable] = tables.Prompts;
            if (parseResult.GetValue(storeOptions.EndpointUrl) is { } endpoint)
            {
                environment[DynamoDbClientFactory.ServiceEndpointVariable] = endpoint;
            }
            if (parseResult.GetValue(storeOptions.Region) is { } region)
            {
                environment["AWS_REGION"] = region;
            }
        }
        else if (parseResult.GetValue(storeOptions.Routing) is { } routing)
        {
            environment["DCC_ROUTING_FILE"] = context.ResolvePath(routing);
        }

        var invoker = new LocalLambdaInvoker(bootstrap, environment, center.Clock);
        return new LambdaInvokerLease(invoker, invoker, bootstrap);
    }

    /// <summary>The JIT build of the functions shipped beside dcc (the project reference copies it); the AOT binary is passed with --bootstrap.</summary>
    private static string DefaultBootstrap => Path.Combine(AppContext.BaseDirectory, "bootstrap.dll");
}
