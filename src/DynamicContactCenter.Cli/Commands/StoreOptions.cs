using System.CommandLine;
using DynamicContactCenter.Cli.Options;
using DynamicContactCenter.Routing;

namespace DynamicContactCenter.Cli.Commands;

/// <summary>The options that choose where routing rows are read (<c>--store</c>, <c>--routing</c>, <c>--endpoint-url</c>, <c>--region</c>),
/// shared by <c>dcc invoke</c> and <c>dcc call</c>.</summary>
internal sealed class StoreOptions
{
    public Option<string> Store { get; } = new("--store")
    {
        Description = "Where routing rows are read: yaml (a routing file, the embedded sample by default) or dynamodb (the three tables).",
        DefaultValueFactory = _ => "yaml",
    };

    /// <summary><c>--routing</c>, read with <c>--store yaml</c>.</summary>
    public Option<string?> Routing { get; } = CommonOptions.Routing();

    public Option<string?> EndpointUrl { get; } = new("--endpoint-url")
    {
        Description = "DynamoDB endpoint, e.g. http://127.0.0.1:8000 for a local server (wins over AWS_ENDPOINT_URL_DYNAMODB and AWS_ENDPOINT_URL).",
    };

    public Option<string?> Region { get; } = new("--region")
    {
        Description = "AWS region of the tables (default: the standard AWS chain, AWS_REGION / profile).",
    };

    public StoreOptions()
    {
        Store.AcceptOnlyFromAmong("yaml", "dynamodb");
    }

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(Store);
        command.Add(Routing);
        command.Add(EndpointUrl);
        command.Add(Region);
    }

    /// <summary>Opens the chosen store, or writes why it cannot be opened to <see cref="CliContext.Error"/> and returns null.</summary>
    public async Task<IRoutingStore?> OpenAsync(ParseResult parseResult, CliContext context)
    {
        if (parseResult.GetValue(Store) == "dynamodb")
        {
            return DynamoStoreFactory.Open(parseResult.GetValue(EndpointUrl), parseResult.GetValue(Region), context);
        }

        return await TestCommand.OpenStoreAsync(parseResult.GetValue(Routing), context);
    }
}
