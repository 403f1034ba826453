using System.CommandLine;
using DynamicContactCenter.Flows.Layout;
using DynamicContactCenter.Flows.Parsing;

namespace DynamicContactCenter.Cli.Commands;

/// <summary><c>dcc layout</c>: writes designer positions (a deterministic layered layout) into flow files in place, so the Connect
/// flow designer opens them laid out, and writes their transitions in the shape Connect exports (<see cref="CanonicalTransitions"/>).
/// Only Metadata and Transitions values change; a second run changes nothing.</summary>
internal static class LayoutCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("flow") { Description = "The flow files (flow language) to lay out in place.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("layout", "Write designer positions (Metadata.entryPointPosition, Metadata.ActionMetadata[id].position) into flow files in place: " +
            "columns by longest path from the start, the Next branch keeping its row, other branches below.")
        {
            files,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var exitCode = ExitCodes.Ok;
            foreach (var file in parseResult.GetRequiredValue(files))
            {
                var path = context.ResolvePath(file);
                if (!File.Exists(path))
                {
                    await context.Error.WriteLineAsync($"error: {file}: no such flow file.");
                    exitCode = ExitCodes.BadInput;
                    continue;
                }

                var text = await File.ReadAllTextAsync(path, cancellationToken);
                var parsed = FlowParser.Parse(text, path);
                foreach (var diagnostic in parsed.Diagnostics.Where(d => d.IsError))
                {
                    await context.Error.WriteLineAsync(diagnostic.ToString());
                }

                if (!parsed.Succeeded || parsed.Value is not { } flow)
                {
                    exitCode = ExitCodes.BadInput;
                    continue;
                }

                var laidOut = CanonicalTransitions.Write(DesignerPositionWriter.Write(text, LayeredLayout.Compute(flow)));
                if (string.Equals(laidOut, text, StringComparison.Ordinal))
                {
                    await context.Error.WriteLineAsync($"{file}: already laid out");
                    continue;
                }

                await File.WriteAllTextAsync(path, laidOut, cancellationToken);
                await context.Error.WriteLineAsync($"{file}: laid out {flow.Actions.Length} action(s)");
            }

            return exitCode;
        });
        return command;
    }
}
