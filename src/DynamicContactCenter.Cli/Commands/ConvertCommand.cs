using System.CommandLine;
using DynamicContactCenter.Flows.Parsing;
using DynamicContactCenter.Flows.Parsing.Legacy;

namespace DynamicContactCenter.Cli.Commands;

/// <summary><c>dcc convert</c>: writes a legacy (2018–2020 <c>modules</c>) export as flow language, keeping module ids and designer
/// positions. The other commands read legacy exports directly; convert is for teams moving the file itself to the modern format.</summary>
internal static class ConvertCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The legacy flow export to convert." };
        var output = new Option<string?>("--out") { Description = "Write the flow-language document to this file instead of the output." };
        var command = new Command("convert", "Write a legacy flow export (the 2018–2020 modules format) as flow language (Version 2019-10-30), keeping ids and positions.")
        {
            file, output,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = context.ResolvePath(parseResult.GetRequiredValue(file));
            var conversion = LegacyFlowConverter.Convert(await File.ReadAllTextAsync(path, cancellationToken), path);
            foreach (var diagnostic in conversion.Diagnostics)
            {
                await context.Error.WriteLineAsync(diagnostic.ToString());
            }

            if (conversion.Flow is not { } flow)
            {
                return ExitCodes.BadInput;
            }

            var text = flow.ToJsonString(IndentedJson.Options);

            // The converted document goes through the same parser as any flow file, so what convert writes is what call and lint read.
            var parsed = FlowParser.Parse(text, path);
            foreach (var diagnostic in parsed.Diagnostics)
            {
                await context.Error.WriteLineAsync(diagnostic.ToString());
            }

            if (!parsed.Succeeded)
            {
                return ExitCodes.BadInput;
            }

            if (parseResult.GetValue(output) is { } outputPath)
            {
                await File.WriteAllTextAsync(context.ResolvePath(outputPath), text + "\n", cancellationToken);
                await context.Error.WriteLineAsync($"converted {parsed.Value!.Name}: {parsed.Value.Actions.Length} action(s) written to {outputPath}");
            }
            else
            {
                context.WriteRaw(text);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
