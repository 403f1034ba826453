using System.CommandLine;

namespace DynamicContactCenter.Cli.Commands.Config;

/// <summary><c>dcc config</c>: a routing file as the source of truth for the DynamoDB tables (plan, apply, export).</summary>
internal static class ConfigCommand
{
    public static Command Create(CliContext context) =>
        new("config", "Routing config as code: compare a routing file with the live DynamoDB tables, apply it safely, or export the tables as a file.")
        {
            ConfigPlanCommand.Create(context),
            ConfigApplyCommand.Create(context),
            ConfigExportCommand.Create(context),
        };
}
