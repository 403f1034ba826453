using System.CommandLine;
using DynamicContactCenter.Cli.Calls;
using DynamicContactCenter.Cli.Options;
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
        var call = DialedNumberValue.Option("--call", "Play a call to this number (exactly E.164) and highlight the path it takes through every flow it passes; " +
            "the call options below describe the call.");
        var callOptions = new CallOptions(context);
        var output = new Option<string?>("--output") { Description = "Write the diagram to this file instead of the output." };
        var store = new StoreOptions();
        var layout = DesignerGraph.Option();
        var command = new Command("graph", "Draw a flow (blocks, branches with their condition or error type) as Mermaid or DOT; --call highlights the path a call takes.")
        {
            flow, format, call, output, layout,
        };
        callOptions.AddTo(command);
        store.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var loaded = await CallEnvironment.LoadInstanceAsync(parseResult.GetValue(callOptions.Instance), context);
            if (loaded is not { } model)
            {
                return ExitCodes.BadInput;
            }

            var flowReference = parseResult.GetValue(flow) is { } reference && File.Exists(context.ResolvePath(reference)) ? context.ResolvePath(reference) : parseResult.GetValue(flow);
            FlowGraph graph;
            GraphStyle? style = null;
            if (parseResult.GetValue(call) is { } number)
            {
                if (parseResult.GetValue(layout) == "designer")
                {
                    await context.Error.WriteLineAsync("error: --layout designer draws one flow at its stored positions; leave out --call.");
                    return ExitCodes.BadInput;
                }

                var routingStore = await store.OpenAsync(parseResult, context);
                if (routingStore is null)
                {
                    return ExitCodes.BadInput;
                }

                var request = callOptions.Read(parseResult, number) with { StartFlow = flowReference };
                var result = await new LocalContactCenter(model.Instance, model.Catalog, routingStore, clock: context.Clock).CallAsync(request, cancellationToken);
                foreach (var diagnostic in result.Diagnostics.Where(d => d.IsError))
                {
                    await context.Error.WriteLineAsync(diagnostic.ToString());
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
                    foreach (var diagnostic in resolution.Diagnostics) await context.Error.WriteLineAsync(diagnostic.ToString());
                    return ExitCodes.BadInput;
                }

                graph = FlowGraph.Build([single]);
                if (parseResult.GetValue(layout) == "designer" && (style = await DesignerGraph.StyleAsync(context, single, parseResult.GetRequiredValue(format))) is null)
                {
                    return ExitCodes.BadInput;
                }
            }

            var text = (style ?? GraphStyle.For(parseResult.GetRequiredValue(format))!).Format(graph);
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
}
