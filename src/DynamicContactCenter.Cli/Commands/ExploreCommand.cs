using System.CommandLine;
using DynamicContactCenter.Cli.Calls;
using DynamicContactCenter.Cli.Options;
using DynamicContactCenter.Cli.Scenarios;
using DynamicContactCenter.Flows.Catalog;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Local;
using DynamicContactCenter.Local.Explore;
using Spectre.Console;

namespace DynamicContactCenter.Cli.Commands;

/// <summary><c>dcc explore FLOW...</c>: plays calls that reach every branch of the flows it can, prints their coverage and why the
/// rest was not reached, and writes the calls as scenario files (docs/explore.md).</summary>
internal static class ExploreCommand
{
    public static Command Create(CliContext context)
    {
        var flows = new Argument<string[]>("flow")
        {
            Description = "Flow files, folders of them (e.g. flows/), or flow names of the instance model.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--out") { Description = "Write one scenario file per entry flow into this folder (without it, nothing is written).", HelpName = "DIR" };
        var maxPaths = new Option<string>("--max-paths") { Description = "The most calls to play (default 200).", HelpName = "N", DefaultValueFactory = _ => "200" };
        var timeLimit = new Option<string>("--time-limit") { Description = "How long to explore at most (default 30s).", HelpName = "DURATION", DefaultValueFactory = _ => "30s" };
        var routing = CommonOptions.Routing();
        var instance = CommonOptions.Instance();
        var command = new Command("explore", "Reach every branch of the flows by choosing keys, times, agent states and Lambda answers; print the coverage and write the calls as scenarios.")
        {
            flows, output, maxPaths, timeLimit, routing, instance,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var paths = ExploreBounds.Paths(parseResult.GetValue(maxPaths)!);
            var time = ExploreBounds.Time(parseResult.GetValue(timeLimit)!);
            if (paths is null || time is null)
            {
                await context.Error.WriteLineAsync(paths is null
                    ? CliMessages.Format(CliMessages.InvalidExploreBound, "--max-paths", parseResult.GetValue(maxPaths)!, ExploreBounds.PathsExpected)
                    : CliMessages.Format(CliMessages.InvalidExploreBound, "--time-limit", parseResult.GetValue(timeLimit)!, ExploreBounds.TimeExpected));
                return ExitCodes.BadInput;
            }

            var loaded = await CallEnvironment.LoadInstanceAsync(parseResult.GetValue(instance), context);
            if (loaded is not { } model) return ExitCodes.BadInput;
            if (await TestCommand.OpenStoreAsync(parseResult.GetValue(routing), context) is not { } store) return ExitCodes.BadInput;
            var entries = await EntriesAsync(parseResult.GetValue(flows) ?? [], model.Instance, model.Catalog, context);
            if (entries is null) return ExitCodes.BadInput;

            var center = new LocalContactCenter(model.Instance, model.Catalog, store, clock: context.Clock);
            var result = await new FlowExplorer(center, store.Data).ExploreAsync(entries, new ExploreOptions { MaxPaths = paths.Value, TimeLimit = time.Value },
                cancellationToken);
            CoverageRenderer.Render(context.Out, result.Coverage, path => ScenarioSources.Display(path, context), (flow, gap) => result.ReasonFor(flow.Flow, gap));
            foreach (var note in result.Notes) context.Out.WriteLine($"note: {note}");

            if (parseResult.GetValue(output) is { } outputFolder)
            {
                var folder = context.ResolvePath(outputFolder);
                Directory.CreateDirectory(folder);
                foreach (var file in result.Files.Where(f => !f.Scenarios.IsEmpty))
                {
                    var path = Path.Combine(folder, FileName(file.Entry.Name));
                    await File.WriteAllTextAsync(path, ExploredScenarioWriter.Write(file), cancellationToken);
                    context.Out.WriteLine($"wrote {ScenarioSources.Display(path, context)} ({file.Scenarios.Length} scenarios)");
                }
            }

            var report = result.Coverage;
            context.Out.WriteLine($"explored {result.Paths} calls: actions {Flows.Coverage.CoverageFigures.Text(report.ActionsCovered, report.Actions)}, "
                + $"branches {Flows.Coverage.CoverageFigures.Text(report.BranchesCovered, report.Branches)} of {report.Flows.Length} flows");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The flows to start calls in, those a phone number or the default flow starts first (so a flow reached by a transfer is
    /// explored from its caller, not as an entry of its own); null after an error naming a FLOW that is none.</summary>
    private static async Task<List<ExploreEntry>?> EntriesAsync(string[] given, InstanceModel instance, FlowCatalog catalog, CliContext context)
    {
        // A file the instance model lists (or a byte-for-byte copy of one, such as the repository's flows/ next to the shipped model's
        // copy) is explored by its name, so transfers to it (by name or ARN) reach the same flow and its scenarios name it portably.
        var modelled = instance.Flows.Select(f => (f.Name, catalog.Resolve(f.Name).Flow?.File)).Where(f => f.File is not null).ToList();
        string? Modelled(string file) => modelled.FirstOrDefault(f => f.File == file
            || (Path.GetFileName(f.File) == Path.GetFileName(file) && File.ReadAllBytes(f.File!).AsSpan().SequenceEqual(File.ReadAllBytes(file)))).Name;
        var entries = new List<ExploreEntry>();
        foreach (var flow in given)
        {
            var full = context.ResolvePath(flow);
            List<string> references;
            var inFolder = Directory.Exists(full);
            if (inFolder)
            {
                // *.json, and files with no extension: the legacy exports of the original sample ship as `100_InitFlow`.
                references = [.. Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                    .Where(f => Path.GetExtension(f) is "" || Path.GetExtension(f).Equals(".json", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal).Select(f => Modelled(f) ?? f)];
                if (references.Count == 0)
                {
                    await context.Error.WriteLineAsync(CliMessages.Format(CliMessages.UnknownExploreFlow, flow, "the folder holds no flow files (*.json, or legacy exports without an extension)"));
                    return null;
                }
            }
            else if (File.Exists(full))
            {
                references = [Modelled(full) ?? full];
            }
            else if (instance.FindFlow(flow) is { } named)
            {
                references = [named.Name];
            }
            else
            {
                await context.Error.WriteLineAsync(CliMessages.Format(CliMessages.UnknownExploreFlow, flow,
                    $"no such file or folder, and the instance model has no flow of that name (flows: {string.Join(", ", instance.Flows.Select(f => f.Name))})"));
                return null;
            }

            foreach (var reference in references)
            {
                var resolved = catalog.Resolve(reference);
                if (resolved.Flow is not { } parsed)
                {
                    // A folder may hold other files (a LICENSE, a template): they are skipped and named; a file given by name must be a flow.
                    foreach (var diagnostic in resolved.Diagnostics)
                    {
                        await context.Error.WriteLineAsync(inFolder ? $"warning: skipped {ScenarioSources.Display(reference, context)}: {diagnostic.Message}" : diagnostic.ToString());
                    }

                    if (!inFolder) return null;
                    continue;
                }

                // Scenario files name a file as the user would type it from here, so `dcc test` run from here finds it.
                var written = Path.IsPathRooted(reference) ? ScenarioSources.Display(reference, context) : reference;
                if (entries.All(e => e.Flow.File != parsed.File || e.Flow.Name != parsed.Name)) entries.Add(new ExploreEntry(parsed.Name, written, parsed));
            }
        }

        var starts = instance.PhoneNumbers.Values.Append(instance.DefaultFlow).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return [.. entries.OrderBy(e => starts.Contains(e.Reference) ? 0 : 1)];
    }

    /// <summary>The scenario file of an entry flow: its name with anything a file name should not hold replaced.</summary>
    private static string FileName(string flowName)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return new string([.. flowName.Select(c => invalid.Contains(c) || c == ' ' ? '-' : c)]) + ".explored.yaml";
    }
}
