using System.CommandLine;
using System.Text.Json;
using DynamicContactCenter.Cli.Options;
using DynamicContactCenter.Functions;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Local;

namespace DynamicContactCenter.Cli.Commands;

/// <summary><c>dcc invoke</c>: runs one function on a Connect event and prints its response, like <c>sam local invoke</c>.</summary>
internal static class InvokeCommand
{
    public static Command Create(CliContext context)
    {
        var function = new Argument<string>("function")
        {
            Description = $"The function to run: {string.Join(", ", FunctionNames.All)}.",
        };
        var number = new Option<string>("--number")
        {
            Description = "The dialed number (Details.ContactData.SystemEndpoint.Address).",
            DefaultValueFactory = _ => "+14443330000",
        };
        var language = new Option<string?>("--language") { Description = "The contact attribute Language (read by GetPrompts)." };
        var environment = new Option<string>("--environment")
        {
            Description = "Parameters.environment (read by GetLambdas).",
            DefaultValueFactory = _ => "prod",
        };
        var parameters = new Option<string[]>("--parameter")
        {
            Description = "An extra Details.Parameters entry KEY=VALUE (repeatable), e.g. sessionAttributes={\"language\":\"Spanish\"}.",
            AllowMultipleArgumentsPerToken = false,
        };
        var eventFile = new Option<string?>("--event") { Description = "A JSON event file to send instead of the built Connect event." };
        // The response is JSON either way; --json makes the failures JSON too (one {"error": ...} document on stdout, see DccApp).
        var json = CommonOptions.Json();
        var store = new StoreOptions();
        var requestType = SeedTablesRehearsal.RequestType();
        var physicalId = SeedTablesRehearsal.PhysicalId();

        var command = new Command("invoke", "Run one Lambda function on a Connect event and print its response as JSON.")
        {
            function, number, language, environment, parameters, eventFile, json, requestType, physicalId,
        };
        store.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var name = parseResult.GetRequiredValue(function);
            if (FunctionNames.Resolve(name) is null)
            {
                await context.Error.WriteLineAsync($"error: '{name}' is not a function (expected one of {string.Join(", ", FunctionNames.All)}).");
                return ExitCodes.BadInput;
            }

            // SeedTables answers CloudFormation, not Connect: its request is a custom-resource one and its answer goes to a ResponseURL.
            var seeding = FunctionNames.Resolve(name) == FunctionNames.SeedTables;
            if (seeding && !await SeedTablesRehearsal.CheckStoreAsync(parseResult, store, context))
            {
                return ExitCodes.BadInput;
            }

            string eventJson;
            if (parseResult.GetValue(eventFile) is { } eventPath)
            {
                var path = context.ResolvePath(eventPath);
                if (!File.Exists(path))
                {
                    await context.Error.WriteLineAsync($"error: event file '{path}' does not exist (--event expects a JSON file).");
                    return ExitCodes.BadInput;
                }
                eventJson = await File.ReadAllTextAsync(path, cancellationToken);
            }
            else if (seeding)
            {
                if (await SeedTablesRehearsal.BuildRequestAsync(parseResult.GetValue(requestType), parseResult.GetRequiredValue(environment), parseResult.GetValue(physicalId),
                    parseResult.GetValue(store.Routing), context) is not { } request)
                {
                    return ExitCodes.BadInput;
                }

                eventJson = request;
            }
            else
            {
                var eventParameters = new Dictionary<string, string>(StringComparer.Ordinal) { ["environment"] = parseResult.GetRequiredValue(environment) };
                foreach (var pair in parseResult.GetValue(parameters) ?? [])
                {
                    var equals = pair.IndexOf('=', StringComparison.Ordinal);
                    if (equals <= 0)
                    {
                        await context.Error.WriteLineAsync($"error: --parameter '{pair}' is not KEY=VALUE.");
                        return ExitCodes.BadInput;
                    }
                    eventParameters[pair[..equals]] = pair[(equals + 1)..];
                }
                eventJson = ConnectEventBuilder.Build(parseResult.GetRequiredValue(number), parseResult.GetValue(language), eventParameters);
            }

            if (seeding)
            {
                return await SeedTablesRehearsal.InvokeAsync(eventJson, store, parseResult, context, cancellationToken);
            }

            var routingStore = await store.OpenAsync(parseResult, context);
            if (routingStore is null)
            {
                return ExitCodes.BadInput;
            }

            var host = new FunctionHost(routingStore, LocalContactCenter.FunctionHostOptionsFor(routingStore, log: context.Error, clock: context.Clock));
            var outcome = await host.InvokeAsync(name, eventJson, cancellationToken);
            if (outcome.Succeeded)
            {
                using var document = JsonDocument.Parse(outcome.ResponseJson!);
                context.WriteRaw(JsonSerializer.Serialize(document.RootElement, IndentedJson.Context.JsonElement));
                return ExitCodes.Ok;
            }

            await context.Error.WriteLineAsync($"error: {outcome.Function} failed ({outcome.ErrorType}): {outcome.ErrorMessage}");
            return ExitCodes.CheckFailed;
        });
        return command;
    }
}
