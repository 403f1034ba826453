using System.CommandLine;
using DynamicContactCenter.Cli.Calls;
using DynamicContactCenter.Cli.Options;
using DynamicContactCenter.Cli.Rendering;
using DynamicContactCenter.Cli.Scenarios;
using DynamicContactCenter.Flows.Coverage;
using DynamicContactCenter.Local;
using DynamicContactCenter.Local.Scenarios;
using DynamicContactCenter.Storage;
using DynamicContactCenter.Storage.Yaml;

namespace DynamicContactCenter.Cli.Commands;

/// <summary><c>dcc test</c>: runs call scenarios (and the routing matrix) through the flows with the real handlers, like a test suite.</summary>
internal static class TestCommand
{
    /// <summary>The folder <c>dcc test</c> runs when given no path and no <c>--matrix</c>.</summary>
    public const string DefaultFolder = "scenarios";

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = $"Scenario files (.yaml) or folders of them (default: ./{DefaultFolder} unless --matrix is given).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var matrix = new Option<bool>("--matrix")
        {
            Description = "Also run the routing matrix: every dialed number × {open and staffed, closed, open but unstaffed, holiday override, each function failing}, expected from the routing data.",
        };
        var junit = new Option<string?>("--junit") { Description = "Write JUnit XML to this file, for CI systems." };
        var routing = CommonOptions.Routing();
        var instance = CommonOptions.Instance();
        var strict = MockOption.Strict();
        var coverage = new Option<bool>("--coverage")
        {
            Description = "Report per flow which actions and branches (NextAction, each condition, each error) the scenarios exercised, and list the rest.",
        };
        var minCoverage = new Option<string?>("--min-coverage")
        {
            Description = "Fail (exit 1) when the scenarios take fewer than PCT percent of the entered flows' branches (implies --coverage).",
            HelpName = "PCT",
        };
        var exportNative = NativeExportOptions.ExportNative();
        var flowIds = NativeExportOptions.FlowIds();

        var command = new Command("test", "Run call scenarios through the contact flows and check what callers hear and where calls end; exits 1 on any failure.")
        {
            paths, matrix, junit, routing, instance, strict, coverage, minCoverage,
            exportNative, flowIds,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var given = parseResult.GetValue(paths) ?? [];
            double? minimum = null;
            if (parseResult.GetValue(minCoverage) is { } minimumText)
            {
                if (CoverageThreshold.Parse(minimumText) is not { } parsed)
                {
                    await context.Error.WriteLineAsync(CliMessages.Format(CliMessages.InvalidExploreBound, "--min-coverage", minimumText, CoverageThreshold.Expected));
                    return ExitCodes.BadInput;
                }

                minimum = parsed;
            }

            var export = await NativeExportOptions.ReadAsync(parseResult.GetValue(exportNative), parseResult.GetValue(flowIds), context);
            if (export is { Valid: false }) return ExitCodes.BadInput;

            var collector = minimum is not null || parseResult.GetValue(coverage) ? new CoverageCollector() : null;
            var withMatrix = parseResult.GetValue(matrix);
            if (given.Length == 0 && !withMatrix)
            {
                if (await context.ProjectSession.OpenAsync(context) is not { } project) return ExitCodes.BadInput;
                if (project.Scenarios is null && !Directory.Exists(context.ResolvePath(DefaultFolder)))
                {
                    await context.Error.WriteLineAsync($"error: no scenarios to run: give scenario files or folders, or --matrix (there is no ./{DefaultFolder} folder here).");
                    return ExitCodes.BadInput;
                }

                given = [project.Scenarios ?? DefaultFolder];
            }

            var loaded = await CallEnvironment.LoadInstanceAsync(parseResult.GetValue(instance), context);
            if (loaded is not { } model) return ExitCodes.BadInput;
            if (await OpenStoreAsync(parseResult.GetValue(routing), context) is not { } store) return ExitCodes.BadInput;

            var (files, errors) = ScenarioSources.Load(given, context, model.Instance);
            if (errors.Count > 0)
            {
                foreach (var error in errors) await context.Error.WriteLineAsync(error);
                return ExitCodes.BadInput;
            }

            if (withMatrix) files.Add(RoutingMatrix.Generate(store.Data, model.Instance));
            var runner = new ScenarioRunner(new LocalContactCenter(model.Instance, model.Catalog, store, clock: context.Clock), store.Data);
            var suites = new List<(string Suite, IReadOnlyList<ScenarioOutcome> Outcomes)>();
            await ProgressDisplay.RunAsync(context.Out, "Running scenarios", files.Sum(f => f.Scenarios.Length), async step =>
            {
                foreach (var file in files)
                {
                    ScenarioReportRenderer.Suite(context.Out, file.Name);
                    var outcomes = new List<ScenarioOutcome>();
                    foreach (var scenario in file.Scenarios)
                    {
                        var outcome = await runner.RunAsync(parseResult.GetValue(strict) ? scenario with { Call = scenario.Call with { Strict = true } } : scenario,
                            cancellationToken);
                        ScenarioReportRenderer.Scenario(context.Out, outcome);
                        outcomes.Add(outcome);
                        collector?.Add(outcome.Result);
                        step();
                    }

                    suites.Add((file.Name, outcomes));
                }
            });

            var failed = suites.Sum(s => s.Outcomes.Count(o => !o.Passed));
            var passed = suites.Sum(s => s.Outcomes.Count) - failed;
            // What the files' unreachable: lists (dcc explore) leave out: "the branches our data can reach" (docs/explore.md).
            var report = collector?.Report().Excluding(files.SelectMany(f => f.Unreachable));
            if (report is not null) CoverageRenderer.Render(context.Out, report, path => ScenarioSources.Display(path, context));
            var belowMinimum = report is not null && minimum is { } least && CoverageFigures.IsBelow(report.BranchPercent, least);
            if (belowMinimum)
            {
                await context.Error.WriteLineAsync(CliMessages.Format(CliMessages.CoverageBelowMinimum,
                    CoverageFigures.Text(report!.BranchesCovered, report.Branches), CoverageThreshold.Text(minimum!.Value)));
            }

            if (parseResult.GetValue(junit) is { } junitPath
                && !await WriteJUnitAsync(context.ResolvePath(junitPath), suites, report is null ? null : new JUnitCoverage(report, minimum), context))
            {
                ScenarioReportRenderer.Summary(context.Out, passed, failed);
                return ExitCodes.BadInput;
            }

            if (export is { Folder: not null } && !await NativeExportOptions.WriteAsync(export, suites, model.Instance, context)) return ExitCodes.BadInput;
            ScenarioReportRenderer.Summary(context.Out, passed, failed);
            return failed > 0 || belowMinimum ? ExitCodes.CheckFailed : ExitCodes.Ok;
        });
        return command;
    }

    internal static async Task<InMemoryRoutingStore?> OpenStoreAsync(string? routingPath, CliContext context)
    {
        if (routingPath is null)
        {
            // No --routing: the project's routing.yaml (dcc.yaml or ./config), else the embedded sample.
            if (await context.ProjectSession.OpenAsync(context) is not { } project) return null;
            if (project.Routing is null) return InMemoryRoutingStore.Default;
            routingPath = project.Routing;
        }

        var path = context.ResolvePath(routingPath);
        if (!File.Exists(path))
        {
            await context.Error.WriteLineAsync($"error: routing file '{path}' does not exist (--routing expects a routing.yaml).");
            return null;
        }

        var loaded = RoutingYamlLoader.LoadFile(path);
        foreach (var diagnostic in loaded.Diagnostics) await context.Error.WriteLineAsync(diagnostic.ToString());
        return loaded.Succeeded ? InMemoryRoutingStore.Create(loaded.Value!) : null;
    }

    private static async Task<bool> WriteJUnitAsync(string path, List<(string Suite, IReadOnlyList<ScenarioOutcome> Outcomes)> suites, JUnitCoverage? coverage,
        CliContext context)
    {
        try
        {
            if (Path.GetDirectoryName(path) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
            JUnitReportWriter.Write(path, suites, coverage);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"error: cannot write the JUnit report '{path}': {e.Message}");
            return false;
        }
    }
}
