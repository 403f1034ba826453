using System.CommandLine;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Storage.Yaml;

namespace DynamicContactCenter.Cli.Commands.Config;

/// <summary><c>dcc config export</c>: the live tables as a routing file that plans with no changes against them.</summary>
/// <remarks>
/// The tables hold no organisation name and no default language (prompts hold the name already substituted), so
/// they come from <c>--organisation</c> and <c>--default-language</c>, by default from the embedded sample tenant.
/// The writer turns the organisation name in prompts back into <c>{organisation}</c>; with a wrong name the
/// prompts keep the literal text, and the file still round-trips.
/// </remarks>
internal static class ConfigExportCommand
{
    public static Command Create(CliContext context)
    {
        var embedded = InMemoryRoutingStore.Default.Data;
        var output = new Option<string?>("--out") { Description = "The file to write (default: standard output)." };
        var organisation = new Option<string>("--organisation")
        {
            Description = $"The organisation name, written as organisation: and turned back into {{organisation}} in prompts (default: the embedded sample's, \"{embedded.Organisation}\").",
            DefaultValueFactory = _ => embedded.Organisation,
        };
        var defaultLanguage = new Option<string?>("--default-language")
        {
            Description = $"The defaultLanguage to write (default: \"{embedded.DefaultLanguage}\" when the Prompts table has it, else its first language).",
        };
        var tables = new ConfigTableOptions();
        var command = new Command(
            "export",
            "Write the live tables as a routing file; `dcc config plan` on that file shows no changes. " +
            "Exit codes: 0 written, 1 tables unreadable or holding data that breaks the routing rules (the file is written, the findings listed), 2 bad usage.")
        {
            output, organisation, defaultLanguage,
        };
        tables.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (await tables.ConnectAsync(parseResult, context, cancellationToken) is not { } live)
            {
                return ExitCodes.BadInput;
            }

            RoutingRows rows;
            try
            {
                rows = await new DynamoRoutingReader(live.Client, live.Names).ReadAllAsync(cancellationToken);
            }
            catch (RoutingStoreException e)
            {
                await context.Error.WriteLineAsync($"error: {e.Message}");
                return ExitCodes.CheckFailed;
            }

            var languages = rows.Languages.Select(l => l.Language).ToList();
            var language = parseResult.GetValue(defaultLanguage);
            if (language is not null && languages.Count > 0 && !languages.Contains(language, StringComparer.Ordinal))
            {
                await context.Error.WriteLineAsync($"error: --default-language '{language}' is not a language in {live.Names.Prompts} (it has: {string.Join(", ", languages)}).");
                return ExitCodes.BadInput;
            }

            language ??= languages.Count == 0 || languages.Contains(embedded.DefaultLanguage, StringComparer.Ordinal) ? embedded.DefaultLanguage : languages[0];
            var data = rows.ToRoutingData(parseResult.GetRequiredValue(organisation), language);
            var text = RoutingYamlWriter.Write(data);
            var target = parseResult.GetValue(output);
            if (target is null)
            {
                context.WriteRaw(text.TrimEnd('\n'));
            }
            else
            {
                await File.WriteAllTextAsync(context.ResolvePath(target), text, cancellationToken);
                context.WriteRaw($"Exported {data.DialedNumbers.Length} numbers, {data.Languages.Length} languages and {data.Environments.Length} environments from {live.Describe()} to {target}.");
            }

            return await ReportFindingsAsync(text, target ?? "(standard output)", context);
        });
        return command;
    }

    /// <summary>Loads the written text as plan would: rows someone broke by hand are listed, so the export is not mistaken for a clean one.</summary>
    private static async Task<int> ReportFindingsAsync(string text, string file, CliContext context)
    {
        var loaded = RoutingYamlLoader.Load(text, file);
        foreach (var diagnostic in loaded.Diagnostics)
        {
            await context.Error.WriteLineAsync(diagnostic.ToString());
        }

        if (loaded.Succeeded)
        {
            return ExitCodes.Ok;
        }

        await context.Error.WriteLineAsync($"error: the live tables break the routing rules ({loaded.Errors.Count()} error(s) above); fix them in the file, then plan and apply it.");
        return ExitCodes.CheckFailed;
    }
}
