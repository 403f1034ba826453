using System.CommandLine;
using DynamicContactCenter.Cli.Project;
using DynamicContactCenter.Flows.Parsing;
using Spectre.Console;

namespace DynamicContactCenter.Cli.Init;

/// <summary><c>dcc init [DIR] [--from FLOW...]</c>: scaffolds a project folder (dcc.yaml, config/routing.yaml, config/instance.yaml,
/// flows/, scenarios/) from the shipped sample; with <c>--from</c>, the team's own flows and an instance model naming everything they
/// reference. Never writes over a file: when any would be, it names them and writes nothing.</summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string?>("DIR") { Description = "The project folder (default: the current folder); created when missing.", Arity = ArgumentArity.ZeroOrOne };
        var from = new Option<string[]>("--from")
        {
            Description = "Start from these exported flows instead of the sample: they are copied to flows/ and the instance model names every queue, "
                + "hours, function, flow and placeholder they reference, so they run at once.",
            HelpName = "FLOW",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("init", "Create a project folder that dcc commands run in that folder use: dcc.yaml, config/routing.yaml, config/instance.yaml, flows/ and scenarios/.")
        {
            folder, from,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var root = context.ResolvePath(parseResult.GetValue(folder) ?? ".");
            var given = parseResult.GetValue(from) ?? [];
            var files = given.Length == 0 ? [.. SampleProject.Files()] : await FromFlowsAsync(given, context);
            if (files is null) return ExitCodes.BadInput;

            var existing = files.Where(f => File.Exists(Path.Combine(root, f.Path))).Select(f => f.Path).ToList();
            if (existing.Count > 0)
            {
                await context.Error.WriteLineAsync(CliMessages.Format(ProjectMessages.InitWouldOverwrite, ProjectDiscovery.Display(root, context.WorkingDirectory), string.Join(", ", existing)));
                return ExitCodes.BadInput;
            }

            foreach (var (path, text) in files)
            {
                var full = Path.Combine(root, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                await File.WriteAllTextAsync(full, text, cancellationToken);
            }

            Directory.CreateDirectory(Path.Combine(root, DccProject.Layout.Scenarios));
            context.Out.WriteLine($"created a dcc project in {ProjectDiscovery.Display(root, context.WorkingDirectory)}: {string.Join(", ", files.Select(f => f.Path))}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The project files for the team's flows, or null with the reason written when a flow cannot be read.</summary>
    private static async Task<List<(string Path, string Text)>?> FromFlowsAsync(string[] given, CliContext context)
    {
        var flows = new List<InitFlow>();
        var copies = new List<(string Path, string Text)>();
        foreach (var path in given)
        {
            var full = context.ResolvePath(path);
            if (!File.Exists(full))
            {
                await context.Error.WriteLineAsync(CliMessages.Format(ProjectMessages.InitFlowUnreadable, path, "there is no such file (expected an exported flow .json)"));
                return null;
            }

            var parsed = FlowParser.ParseFile(full);
            if (parsed.Value is not { } model)
            {
                var first = parsed.Errors.FirstOrDefault()?.Message ?? "it is not a flow";
                await context.Error.WriteLineAsync(CliMessages.Format(ProjectMessages.InitFlowUnreadable, path, first));
                return null;
            }

            // Exports without an extension (the legacy console's) get .json, so lint and the designer treat them as flow files.
            var fileName = Path.GetFileName(full) is var name && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? name : name + ".json";
            flows.Add(new InitFlow(model.Name, full, fileName, model));
            copies.Add(($"{DccProject.Layout.Flows}/{fileName}", await File.ReadAllTextAsync(full)));
        }

        return
        [
            (ProjectDiscovery.ProjectFileName, SampleProject.ProjectFile),
            (DccProject.Layout.Routing, SampleProject.Files().First(f => f.Path == DccProject.Layout.Routing).Text),
            (DccProject.Layout.Instance, InstanceModelWriter.Write(flows)),
            .. copies,
        ];
    }
}
