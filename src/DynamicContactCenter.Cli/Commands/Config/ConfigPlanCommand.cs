using System.CommandLine;
using DynamicContactCenter.Cli.Calls;
using DynamicContactCenter.Local.Preview;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage.Config;
using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Cli.Commands.Config;

/// <summary><c>dcc config plan FILE</c>: what apply would change in the live tables, per table and attribute.</summary>
internal static class ConfigPlanCommand
{
    /// <summary>Exit code of plan when the tables already match (like <c>terraform plan -detailed-exitcode</c>).</summary>
    public const int NoChanges = 0;

    /// <summary>Exit code of plan for any error: an invalid or missing file, bad options, unreadable tables.</summary>
    public const int Error = 1;

    /// <summary>Exit code of plan when applying would change the tables.</summary>
    public const int ChangesPending = 2;

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The routing file to compare (format: config/routing.yaml)." };
        var preview = new Option<bool>("--preview")
        {
            Description = "Also play a call to every dialed number through the flows over the live rows and over the file's, and show per number " +
                "what callers will hear differently (prompt text, voice, queue, open/closed).",
        };
        var at = Options.CallTimeOption.Create("With --preview: when the calls happen");
        var instance = Options.CommonOptions.Instance(); // read only with --preview
        var tables = new ConfigTableOptions();
        var command = new Command(
            "plan",
            "Validate a routing file, read the live tables and show per table what apply would add, change (attribute by attribute) and remove. " +
            "Exit codes (like terraform plan -detailed-exitcode): 0 no changes, 2 changes pending, 1 error (an invalid file is an error here; " +
            "a command line that does not parse also exits 2).")
        {
            file, preview, at, instance,
        };
        tables.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetRequiredValue(file);
            var when = Options.CallTimeOption.Read(parseResult, at, context);

            if (await ConfigRoutingFile.LoadAsync(path, context) is not { } desired || await tables.ConnectAsync(parseResult, context, cancellationToken) is not { } live)
            {
                return Error;
            }

            if (await ReadAndPlanAsync(desired, live, context, cancellationToken) is not var (rows, plan))
            {
                return Error;
            }

            ConfigPlanRenderer.Line(context, "", $"Comparing {path} with {live.Describe()}.");
            ConfigPlanRenderer.Line(context, "", "");
            ConfigPlanRenderer.Render(plan, live, context);
            if (parseResult.GetValue(preview))
            {
                context.ProjectSession.Reads("routing", $"{path} (FILE)"); // the plan's FILE, not the project's routing.yaml
                if (await CallEnvironment.LoadInstanceAsync(parseResult.GetValue(instance), context) is not var (model, catalog))
                {
                    return Error;
                }

                var previews = await ConfigPreview.RunAsync(desired, rows, model, catalog, when, context.Clock, cancellationToken);
                ConfigPlanRenderer.Line(context, "", "");
                ConfigPlanRenderer.RenderPreview(previews, when, context);
            }

            return plan.HasChanges ? ChangesPending : NoChanges;
        });
        return command;
    }

    /// <summary>Reads the live rows and plans, or writes why the tables could not be read and returns null.</summary>
    public static async Task<(RoutingRows Rows, ConfigPlan Plan)?> ReadAndPlanAsync(RoutingData desired, ConfigTables tables, CliContext context, CancellationToken cancellationToken)
    {
        try
        {
            var rows = await new DynamoRoutingReader(tables.Client, tables.Names).ReadAllAsync(cancellationToken);
            return (rows, ConfigPlanner.Plan(desired, rows));
        }
        catch (RoutingStoreException e)
        {
            await context.Error.WriteLineAsync($"error: {e.Message}");
            return null;
        }
    }
}
