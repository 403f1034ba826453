using System.CommandLine;
using System.Globalization;
using DynamicContactCenter.Cli.Calls;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Graph;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Local;

namespace DynamicContactCenter.Cli.Commands;

/// <summary><c>dcc graph</c>: draws a flow as Mermaid or DOT; with <c>--call</c>, draws every flow a call passed and highlights its path.</summary>
internal static class GraphCommand
{
    public static Command Create(CliContext context)
    {
        var flow = new Argument<string?>("flow")
        {
            Description = "The flow to draw: a name of the instance model (InitFlow) or a flow file. With --call, the flow the call starts in (default: the number's flow).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format") { Description = "mermaid (renders on GitHub) or dot (Graphviz: dot -Tsvg).", DefaultValueFactory = _ => "mermaid" };
        format.AcceptOnlyFromAmong("mermaid", "dot");
        var call = new Option<string?>("--call") { Description = "Play a call to this number (E.164) and highlight the path it takes through every flow it passes." };
        var at = new Option<string?>("--at") { Description = "With --call: when the call happens, ISO-8601 with offset, e.g. 2026-11-24T10:00:00-05:00 (default: now)." };
        var agents = new Option<string[]>("--agents") { Description = "With --call: agent status per queue, QUEUE=STATUS (repeatable).", AllowMultipleArgumentsPerToken = true };
        var input = new Option<string>("--input") { Description = "With --call: the keys the caller presses.", DefaultValueFactory = _ => "" };
        var instance = new Option<string?>("--instance") { Description = "An instance.yaml instead of the shipped one." };
        var output = new Option<string?>("--output") { Description = "Write the diagram to this file instead of the output." };
        var store = new StoreOptions();
        var command = new Command("graph", "Draw a flow (blocks, branches with their condition or error type) as Mermaid or DOT; --call highlights the path a call takes.")
        {
            flow, format, call, at, agents, input, instance, output,
        };
        store.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var loaded = await CallEnvironment.LoadInstanceAsync(parseResult.GetValue(instance) is { } instancePath ? context.ResolvePath(instancePath) : null, context.Error);
            if (loaded is not { } model)
            {
                return ExitCodes.BadInput;
            }

            var flowReference = parseResult.GetValue(flow) is { } reference && File.Exists(context.ResolvePath(reference)) ? context.ResolvePath(reference) : parseResult.GetValue(flow);
            FlowGraph graph;
            if (parseResult.GetValue(call) is { } number)
            {
                var request = await RequestAsync(number, parseResult.GetValue(at), parseResult.GetValue(agents) ?? [], context);
                if (request is null)
                {
                    return ExitCodes.BadInput;
                }

                var routingStore = await store.OpenAsync(parseResult, context);
                if (routingStore is null)
                {
                    return ExitCodes.BadInput;
                }

                request = request with { InputDigits = parseResult.GetRequiredValue(input), StartFlow = flowReference };
                var result = await new LocalContactCenter(model.Instance, model.Catalog, routingStore).CallAsync(request, cancellationToken);
                foreach (var diagnostic in result.Diagnostics.Where(d => d.IsError))
                {
                    await context.Error.WriteLineAsync(diagnostic.ToDiagnostic().ToString());
                }

                FlowModel? ByName(string name) => model.Catalog.Resolve(name).Flow;
                var path = CallPathTracer.Trace(result, ByName);
                graph = FlowGraph.Build(path.Flows.Select(ByName).OfType<FlowModel>(), path);
                await context.Error.WriteLineAsync($"call to {number}: {result.OutcomeName}{(result.Queue is { } q ? " in " + q.Name : "")}, {path.Steps.Length} action(s) through {string.Join(" → ", path.Flows)}");
            }
            else
            {
                if (flowReference is null)
                {
                    await context.Error.WriteLineAsync("error: name a flow to draw (e.g. dcc graph MainFlow), or give --call NUMBER to draw a call's path.");
                    return ExitCodes.BadInput;
                }

                var resolution = model.Catalog.Resolve(flowReference);
                if (resolution.Flow is not { } single)
                {
                    foreach (var diagnostic in resolution.Diagnostics) await context.Error.WriteLineAsync(diagnostic.ToDiagnostic().ToString());
                    return ExitCodes.BadInput;
                }

                graph = FlowGraph.Build([single]);
            }

            var text = GraphStyle.For(parseResult.GetRequiredValue(format))!.Format(graph);
            if (parseResult.GetValue(output) is { } outputPath)
            {
                await File.WriteAllTextAsync(context.ResolvePath(outputPath), text, cancellationToken);
            }
            else
            {
                context.WriteRaw(text.TrimEnd('\n'));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<CallRequest?> RequestAsync(string number, string? atText, string[] agentPairs, CliContext context)
    {
        var when = DateTimeOffset.Now;
        if (atText is not null && !DateTimeOffset.TryParse(atText, CultureInfo.InvariantCulture, DateTimeStyles.None, out when))
        {
            await context.Error.WriteLineAsync($"error: --at '{atText}' is not an ISO-8601 time (expected e.g. 2026-11-24T10:00:00-05:00).");
            return null;
        }

        var overrides = new Dictionary<string, AgentStatus>(StringComparer.Ordinal);
        foreach (var pair in agentPairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || !AgentStatusParser.TryParse(pair[(equals + 1)..], out var status))
            {
                await context.Error.WriteLineAsync($"error: --agents '{pair}' is not QUEUE=STATUS with STATUS one of {AgentStatusParser.Expected}.");
                return null;
            }

            overrides[pair[..equals]] = status;
        }

        return new CallRequest(number, CallRequest.DefaultCallerNumber, when) { AgentStatusOverrides = overrides };
    }
}
