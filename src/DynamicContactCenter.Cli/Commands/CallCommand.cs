using System.CommandLine;
using DynamicContactCenter.Cli.Calls;
using DynamicContactCenter.Cli.Options;
using DynamicContactCenter.Cli.Rendering;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Transcript;
using DynamicContactCenter.Local;

namespace DynamicContactCenter.Cli.Commands;

/// <summary><c>dcc call</c>: plays a call through the flows and prints what the caller hears and where the call ends.</summary>
internal static class CallCommand
{
    public static Command Create(CliContext context)
    {
        var number = DialedNumberValue.Argument();
        var callOptions = new CallOptions(context);
        var flow = new Option<string?>("--flow") { Description = "Start from this flow file (or flow name/ARN) instead of the number's flow, e.g. one exported from your instance." };
        var json = CommonOptions.Json();
        var expectQueued = new Option<bool>("--expect-queued") { Description = "Exit 1 unless the call ends queued." };
        var functions = new FunctionOptions();
        var store = new StoreOptions();

        var command = new Command("call", "Play a call through the contact flows and print what the caller hears and where the call ends.")
        {
            number, flow, json, expectQueued,
        };
        callOptions.AddTo(command);
        functions.AddTo(command);
        store.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var loaded = await CallEnvironment.LoadInstanceAsync(parseResult.GetValue(callOptions.Instance), context);
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

            var center = new LocalContactCenter(model.Instance, model.Catalog, routingStore, clock: context.Clock);
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
            var request = callOptions.Read(parseResult, parseResult.GetRequiredValue(number)) with
            {
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
