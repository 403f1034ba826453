using System.CommandLine;
using DynamicContactCenter.Cli.Rendering;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Storage.Config;
using Spectre.Console;

namespace DynamicContactCenter.Cli.Commands.Config;

/// <summary><c>dcc config apply FILE</c>: makes the live tables match a routing file, in an order where every intermediate state is valid.</summary>
internal static class ConfigApplyCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The routing file to apply (format: config/routing.yaml)." };
        var yes = new Option<bool>("--yes") { Description = "Apply without asking (needed when the console is not interactive, e.g. in CI)." };
        var tables = new ConfigTableOptions();
        var concurrency = ConcurrencyOption();
        var command = new Command(
            "apply",
            "Apply a routing file to the live tables: languages before the numbers that use them, numbers removed before their language, " +
            "environments last. It holds the apply lock while it writes and first checks the tables are still as the plan saw them, " +
            "so concurrent applies cannot break routing; each write is conditional on what the plan read, so a concurrent edit is " +
            "reported, not overwritten; a second apply does nothing; an invalid file writes nothing. " +
            "Exit codes: 0 applied or nothing to do, 1 another apply holds the lock, the tables changed since the plan or a write failed, " +
            "2 bad usage or an invalid file.")
        {
            file, yes, concurrency,
        };
        tables.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetRequiredValue(file);
            if (await ConfigRoutingFile.LoadAsync(path, context) is not { } desired || await tables.ConnectAsync(parseResult, context, cancellationToken) is not { } live)
            {
                return ExitCodes.BadInput;
            }

            if (await ConfigPlanCommand.ReadAndPlanAsync(desired, live, context, cancellationToken) is not var (_, plan))
            {
                return ExitCodes.CheckFailed;
            }

            ConfigPlanRenderer.Line(context, "", $"Applying {path} to {live.Describe()}.");
            ConfigPlanRenderer.Line(context, "", "");
            ConfigPlanRenderer.Render(plan, live, context);
            if (!plan.HasChanges)
            {
                return ExitCodes.Ok;
            }

            if (!parseResult.GetValue(yes))
            {
                if (!context.Out.Profile.Capabilities.Interactive)
                {
                    await context.Error.WriteLineAsync("error: apply changes the tables; pass --yes to confirm (the console is not interactive). Nothing was written.");
                    return ExitCodes.BadInput;
                }

                if (!await context.Out.ConfirmAsync("Apply these changes?", defaultValue: false, cancellationToken))
                {
                    ConfigPlanRenderer.Line(context, "", "Nothing was written.");
                    return ExitCodes.CheckFailed;
                }
            }

            return await ApplyAsync(plan, live, parseResult.GetValue(concurrency), context, cancellationToken);
        });
        return command;
    }

    /// <summary><c>--concurrency N</c>: writes in flight at once within a step of the safe order (ConfigApplier.DefaultConcurrency says why 16).</summary>
    private static Option<int> ConcurrencyOption() => new("--concurrency")
    {
        Description = $"How many rows of one step are written at once (default {ConfigApplier.DefaultConcurrency}; 1 writes row by row). " +
            "Steps (languages, numbers, removals, environments) still run one after another, so every state between them is valid.",
        HelpName = "N",
        DefaultValueFactory = _ => ConfigApplier.DefaultConcurrency,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxConcurrency) return n;
            Options.OptionValueError.Add(result, ConfigMessages.InvalidConcurrency, text, $"a whole number from 1 to {MaxConcurrency}");
            return ConfigApplier.DefaultConcurrency;
        },
    };

    /// <summary>Beyond this a table's own limits (1,000 writes a second per partition) throttle more than concurrency gains.</summary>
    private const int MaxConcurrency = 256;

    private static async Task<int> ApplyAsync(ConfigPlan plan, ConfigTables live, int concurrency, CliContext context, CancellationToken cancellationToken)
    {
        ConfigPlanRenderer.Line(context, "", "");
        var width = plan.Changes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        var line = new LineProgress(p => ConfigPlanRenderer.Line(
            context,
            ConfigPlanRenderer.Colour(p.Change.Kind),
            $"[{p.Done.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width)}/{p.Total}] {ConfigPlanRenderer.Symbol(p.Change.Kind)} {p.Change.Table} {p.Change.Key}" +
            (p.Outcome == RowWriteOutcome.AlreadyApplied ? " (already in place)" : "")));
        ApplyResult result;
        try
        {
            // The [i/N] lines stay (also when piped); on a terminal a bar counts them too (ProgressDisplay).
            result = await ProgressDisplay.RunAsync(context.Out, "Applying changes", plan.Changes.Length, step =>
                new ConfigApplier(live.Client, live.Names) { Concurrency = concurrency }.ApplyAsync(plan, new LineProgress(p => { line.Report(p); step(); }), cancellationToken));
        }
        catch (RoutingStoreException e)
        {
            await context.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.CheckFailed;
        }

        if (!result.Succeeded)
        {
            await context.Error.WriteLineAsync($"error: {result.ConflictMessage}");
            return ExitCodes.CheckFailed;
        }

        var already = result.AlreadyApplied > 0 ? $"; {result.AlreadyApplied} already in place" : "";
        ConfigPlanRenderer.Line(context, "bold", $"Applied: {plan.Adds} added, {plan.Updates} changed, {plan.Removes} removed ({result.Written} rows written{already}).");
        return ExitCodes.Ok;
    }

    /// <summary>Reports on the caller's thread, in order (<see cref="Progress{T}"/> would post to the thread pool and lines could interleave).</summary>
    private sealed class LineProgress(Action<ApplyProgress> report) : IProgress<ApplyProgress>
    {
        public void Report(ApplyProgress value) => report(value);
    }
}
