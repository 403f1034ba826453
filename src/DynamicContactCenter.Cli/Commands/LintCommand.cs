using System.CommandLine;
using DynamicContactCenter.Cli.Calls;
using DynamicContactCenter.Cli.Options;
using DynamicContactCenter.Cli.Rendering;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Local;
using DynamicContactCenter.Storage;

namespace DynamicContactCenter.Cli.Commands;

/// <summary><c>dcc lint</c>: checks flows and routing data together; exit 0 clean (warnings allowed), 1 on errors, 2 on bad usage or
/// unreadable input.</summary>
internal static class LintCommand
{
    /// <summary>Codes of findings that mean the input could not be read at all (exit 2 rather than 1).</summary>
    private static readonly string[] Unreadable = [FlowMessages.FileUnreadable.Code, StorageMessages.UnreadableFile.Code];

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Flow files or folders of them (default: the flows of the instance model).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var routing = CommonOptions.Routing();
        var instance = CommonOptions.Instance();
        var json = CommonOptions.Json();
        var flowType = new Option<string>("--type")
        {
            Description = "The flow type of given files that declare none (no instance.yaml entry, wrapper or Metadata.type), e.g. AGENT_WHISPER; without it lint infers the type from the actions.",
        };
        flowType.AcceptOnlyFromAmong([.. LintedFlow.KnownFlowTypes]);
        var baseline = new Lint.LintBaselineFile();
        var command = new Command("lint", "Check the flows and the routing data together: structure, parameters, flow types, and what each flow reads against what the functions return for every number and language. " +
            "Without --routing, the project's routing.yaml (dcc.yaml or ./config) is checked, else a routing.yaml beside the instance file, else the embedded sample.")
        {
            paths, routing, instance, json, flowType,
            baseline.Write, baseline.Read,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var loaded = await CallEnvironment.LoadInstanceAsync(parseResult.GetValue(instance), context);
            if (loaded is not { } model)
            {
                return ExitCodes.BadInput;
            }

            var given = parseResult.GetValue(paths) ?? [];
            var flows = given.Length == 0 ? await LintInputs.ProjectFlowsAsync(model.Instance, context) : await LintInputs.FlowsAsync(given, model.Instance, context, parseResult.GetValue(flowType));
            if (flows is not { } flowList)
            {
                return ExitCodes.BadInput;
            }

            if (LintInputs.Routing(parseResult.GetValue(routing), model.Instance, context) is not { } data)
            {
                return ExitCodes.BadInput;
            }

            // The project was opened when the instance loaded; its lint settings and baseline name files relative to its folder.
            var project = context.ProjectSession.Peek(context)!;
            var settings = project.Lint with { Root = project.Root };
            var request = new LintRequest(flowList, model.Instance)
            {
                Configuration = settings,
                Routing = data.Data,
                RoutingFile = data.File,
                RoutingDiagnostics = data.Diagnostics,
                // The walk calls the functions as a call does: through the contact center, with the routing data's default language.
                Functions = data.Data is null ? null : new LocalContactCenter(model.Instance, model.Catalog, InMemoryRoutingStore.Create(data.Data), clock: context.Clock).Functions,
                // The per-number walk, for the scale benchmarks' baseline only (bench/README.md): the findings are the same.
                WalkEachNumber = context.Environment("DCC_LINT_WALK_EACH_NUMBER") == "1",
            };
            // One step per walked case (number × environment): the walk is what grows with the routing data (ProgressDisplay: terminal only).
            var cases = data.Data is null ? 0 : FlowLinter.WalkCaseCount(data.Data, model.Instance);
            var report = await ProgressDisplay.RunAsync(context.Out, "Linting numbers", cases,
                step => FlowLinter.LintAsync(request with { CaseWalked = step }, cancellationToken));
            if (baseline.Writing(parseResult)) return await baseline.WriteAsync(parseResult, report, project, settings, context);
            if (await baseline.ApplyAsync(parseResult, report, project, settings, context) is not { } judged) return ExitCodes.BadInput;
            report = judged;
            if (parseResult.GetValue(json))
            {
                context.WriteRaw(LintJsonWriter.ToJson(report));
            }
            else
            {
                LintRenderer.Render(context.Out, report);
            }

            if (report.Findings.Any(f => f.SourceCode is { } code && Unreadable.Contains(code)))
            {
                return ExitCodes.BadInput;
            }

            return report.HasErrors ? ExitCodes.CheckFailed : ExitCodes.Ok;
        });
        return command;
    }
}
