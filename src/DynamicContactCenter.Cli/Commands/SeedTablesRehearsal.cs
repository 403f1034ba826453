using System.CommandLine;
using System.Net;
using System.Text.Json;
using DynamicContactCenter.Functions;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Functions.Seeding;
using DynamicContactCenter.Local;
using DynamicContactCenter.Storage.Yaml;

namespace DynamicContactCenter.Cli.Commands;

/// <summary>
/// <c>dcc invoke SeedTables</c>: rehearses the stack's seeding against DynamoDB (a local one such as dynalite): SeedTables gets the
/// Create, Update or Delete request CloudFormation would send (<c>--request-type</c>, or a request file with <c>--event</c>), writes
/// or deletes rows with the same writer as in the stack, and its ResponseURL answer is captured here and printed, never sent.
/// </summary>
internal static class SeedTablesRehearsal
{
    public const string RequestTypeName = "--request-type";

    private const string RequestTypeExpected = "create, update or delete";

    /// <summary><c>--request-type</c>: which CloudFormation request to rehearse.</summary>
    public static Option<string?> RequestType() => new(RequestTypeName)
    {
        Description = "SeedTables only: rehearse the stack's custom resource with a CloudFormation Create, Update or Delete request for --environment " +
            "(the numbers and functions of the routing data, --routing or the embedded sample); its ResponseURL answer is printed, not sent.",
        HelpName = "create|update|delete",
    };

    /// <summary><c>--physical-id</c>: the resource an Update or Delete is for.</summary>
    public static Option<string?> PhysicalId() => new("--physical-id")
    {
        Description = "SeedTables only: the PhysicalResourceId an Update or Delete names (default: the one a rehearsed Create answers).",
    };

    /// <summary>Whether <c>--store dynamodb</c> was chosen, the only store SeedTables writes; false after saying so.</summary>
    public static async Task<bool> CheckStoreAsync(ParseResult parseResult, StoreOptions store, CliContext context)
    {
        if (parseResult.GetValue(store.Store) == "dynamodb") return true;
        await context.Error.WriteLineAsync(CliMessages.Format(CliMessages.SeedNeedsDynamoDb));
        return false;
    }

    /// <summary>The request to send: built from the routing data for <paramref name="environment"/>; null after writing why not.</summary>
    public static async Task<string?> BuildRequestAsync(string? requestType, string environment, string? physicalId, string? routingPath, CliContext context)
    {
        if (requestType is null)
        {
            await context.Error.WriteLineAsync(CliMessages.Format(CliMessages.InvalidSeedRequest, RequestTypeName, "",
                $"{RequestTypeExpected} (or --event FILE, a CloudFormation custom-resource request)"));
            return null;
        }

        var routingYaml = routingPath is null ? null : await File.ReadAllTextAsync(context.ResolvePath(routingPath));
        var loaded = routingYaml is null ? null : RoutingYamlLoader.Load(routingYaml, context.ResolvePath(routingPath!));
        if (loaded is { Succeeded: false })
        {
            foreach (var diagnostic in loaded.Diagnostics) await context.Error.WriteLineAsync(diagnostic.ToString());
            return null;
        }

        var routing = loaded?.Value ?? RoutingYamlLoader.LoadEmbedded();
        if (SeedRehearsal.PropertiesJson(routing, environment, routingYaml) is not { } properties)
        {
            await context.Error.WriteLineAsync(CliMessages.Format(CliMessages.InvalidSeedRequest, "--environment", environment,
                $"an environment of the routing data: {string.Join(", ", routing.Environments.Select(e => e.Environment))}"));
            return null;
        }

        if (SeedRehearsal.RequestJson(requestType, properties, physicalId) is not { } request)
        {
            await context.Error.WriteLineAsync(CliMessages.Format(CliMessages.InvalidSeedRequest, RequestTypeName, requestType, RequestTypeExpected));
            return null;
        }

        return request;
    }

    /// <summary>Runs SeedTables on <paramref name="requestJson"/> over the tables <paramref name="store"/> names and prints the answer it
    /// PUT to the ResponseURL; exit 0 on SUCCESS, 1 on FAILED (the reason on stderr), 2 when the tables cannot be reached.</summary>
    public static async Task<int> InvokeAsync(string requestJson, StoreOptions store, ParseResult parseResult, CliContext context, CancellationToken cancellationToken)
    {
        if (DynamoStoreFactory.OpenReadWrite(parseResult.GetValue(store.EndpointUrl), parseResult.GetValue(store.Region), context) is not var (tables, writer))
        {
            return ExitCodes.BadInput;
        }

        using var capture = new CapturedResponse();
        using var client = new HttpClient(capture, disposeHandler: false);
        var options = LocalContactCenter.FunctionHostOptionsFor(tables, log: context.Error, clock: context.Clock) with
        {
            SeedTarget = writer,
            ResponseUrlClient = client,
            // Whatever URL the request names, the answer stops at the capturing client: a rehearsal never answers a real stack.
            AllowLoopbackResponseUrl = true,
        };
        var outcome = await new FunctionHost(tables, options).InvokeAsync(FunctionNames.SeedTables, requestJson, cancellationToken);
        if (capture.Body is { } answer)
        {
            using var document = JsonDocument.Parse(answer);
            context.WriteRaw(JsonSerializer.Serialize(document.RootElement, IndentedJson.Context.JsonElement));
        }

        if (outcome.Succeeded)
        {
            return ExitCodes.Ok;
        }

        await context.Error.WriteLineAsync($"error: {outcome.Function} failed ({outcome.ErrorType}): {outcome.ErrorMessage}");
        return ExitCodes.CheckFailed;
    }

    /// <summary>Stands in for CloudFormation's pre-signed ResponseURL: keeps the PUT's body and answers 200.</summary>
    private sealed class CapturedResponse : HttpMessageHandler
    {
        public string? Body { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }
}
