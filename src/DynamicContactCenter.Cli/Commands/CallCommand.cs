using System.CommandLine;
using System.Globalization;
using DynamicContactCenter.Cli.Calls;
using DynamicContactCenter.Cli.Rendering;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Transcript;
using DynamicContactCenter.Local;

namespace DynamicContactCenter.Cli.Commands;

/// <summary><c>dcc call</c>: plays a call through the flows and prints what the caller hears and where the call ends.</summary>
internal static class CallCommand
{
    public static Command Create(CliContext context)
    {
        var number = new Argument<string>("number") { Description = "The dialed number (E.164), e.g. +14443331111." };
        var from = new Option<string>("--from")
        {
            Description = "The caller's number (E.164).",
            DefaultValueFactory = _ => CallRequest.DefaultCallerNumber,
        };
        var at = new Option<string?>("--at") { Description = "When the call happens, ISO-8601 with offset, e.g. 2026-11-24T10:00:00-05:00 (default: now)." };
        var agents = new Option<string[]>("--agents")
        {
            Description = "Agent status per queue, QUEUE=STATUS (repeatable); STATUS is Available, OnContact, AfterContactWork or Offline.",
            AllowMultipleArgumentsPerToken = true,
        };
        var input = new Option<string>("--input")
        {
            Description = "The keys the caller presses, in order; a comma is a pause (a menu times out on it).",
            DefaultValueFactory = _ => "",
        };
        var environment = new Option<string?>("--environment") { Description = "The routing environment (the ${Environment} placeholder), e.g. prod or dev." };
        var instance = new Option<string?>("--instance") { Description = "An instance.yaml (queues, hours, agents, flows, functions) instead of the shipped one." };
        var flow = new Option<string?>("--flow") { Description = "Start from this flow file (or flow name/ARN) instead of the number's flow, e.g. one exported from your instance." };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON: outcome, queue, events, diagnostics." };
        var expectQueued = new Option<bool>("--expect-queued") { Description = "Exit 1 unless the call ends queued." };
        var seed = new Option<int>("--seed") { Description = "Seed for random choices (DistributeByPercentage), so runs repeat." };
        var functions = new FunctionOptions();
        var store = new StoreOptions();

        var command = new Command("call", "Play a call through the contact flows and print what the caller hears and where the call ends.")
        {
            number, from, at, agents, input, environment, instance, flow, json, expectQueued, seed,
        };
        functions.AddTo(command);
        store.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            DateTimeOffset when = DateTimeOffset.Now;
            if (parseResult.GetValue(at) is { } atText && !DateTimeOffset.TryParse(atText, CultureInfo.InvariantCulture, DateTimeStyles.None, out when))
            {
                await context.Error.WriteLineAsync($"error: --at '{atText}' is not an ISO-8601 time (expected e.g. 2026-11-24T10:00:00-05:00).");
                return ExitCodes.BadInput;
            }

            var overrides = new Dictionary<string, AgentStatus>(StringComparer.Ordinal);
            foreach (var pair in parseResult.GetValue(agents) ?? [])
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0 || !AgentStatusParser.TryParse(pair[(equals + 1)..], out var status))
                {
                    await context.Error.WriteLineAsync($"error: --agents '{pair}' is not QUEUE=STATUS with STATUS one of {AgentStatusParser.Expected}.");
                    return ExitCodes.BadInput;
                }
                overrides[pair[..equals]] = status;
            }

            var placeholders = new Dictionary<string, string>(StringComparer.Ordinal);
            if (parseResult.GetValue(environment) is { } environmentName)
            {
                placeholders["Environment"] = environmentName;
            }

            var loaded = await CallEnvironment.LoadInstanceAsync(parseResult.GetValue(instance) is { } instancePath ? context.ResolvePath(instancePath) : null, context.Error);
            if (loaded is not { } model)
            {
                return ExitCodes.BadInput;
            }

            var routingStore = await store.OpenAsync(parseResult, context);
            if (routingStore is null)
            {
                return ExitCodes.BadInput;
            }

            // A store or function binary that cannot serve at all is a setup error, not a call outcome (SetupProbe says where the line is).
            if (parseResult.GetValue(store.Store) == "dynamodb" && !await SetupProbe.StoreReadableAsync(routingStore, context, cancellationToken))
            {
                return ExitCodes.BadInput;
            }

            var center = new LocalContactCenter(model.Instance, model.Catalog, routingStore);
            await using var invoker = await functions.CreateInvokerAsync(parseResult, center, store, context);
            if (invoker is null)
            {
                return ExitCodes.BadInput;
            }

            if (invoker.Binary is { } binary)
            {
                if (!await SetupProbe.FunctionsRunAsync(invoker.Invoker, binary, context, cancellationToken))
                {
                    return ExitCodes.BadInput;
                }

                center = center.WithFunctions(invoker.Invoker);
            }

            var startFlow = parseResult.GetValue(flow);
            var request = new CallRequest(parseResult.GetRequiredValue(number), parseResult.GetRequiredValue(from), when)
            {
                AgentStatusOverrides = overrides,
                InputDigits = parseResult.GetRequiredValue(input),
                Placeholders = placeholders,
                Seed = parseResult.GetValue(seed),
                StartFlow = startFlow is not null && File.Exists(context.ResolvePath(startFlow)) ? context.ResolvePath(startFlow) : startFlow,
            };
            var result = await center.CallAsync(request, cancellationToken);

            if (parseResult.GetValue(json))
            {
                context.WriteRaw(CallResultJsonWriter.ToJson(result));
            }
            else
            {
                TranscriptRenderer.Render(context.Out, request, result);
            }

            if (result.Outcome == CallOutcome.Error)
            {
                return ExitCodes.BadInput;
            }
            return parseResult.GetValue(expectQueued) && result.Outcome != CallOutcome.Queued ? ExitCodes.CheckFailed : ExitCodes.Ok;
        });
        return command;
    }
}
