using System.CommandLine;
using System.CommandLine.Parsing;
using DynamicContactCenter.Cli.Options;

namespace DynamicContactCenter.Cli.Project;

/// <summary>What the parsed command line tells the <see cref="ProjectSession"/>: <c>--quiet</c>, and the inputs an option names
/// instead of the project (explicit options win over dcc.yaml and ./config), so the "using" line shows what is really read.</summary>
internal static class ProjectInputs
{
    /// <summary>Configures <paramref name="session"/> from <paramref name="parseResult"/>.</summary>
    public static void Configure(ProjectSession session, ParseResult parseResult, TextWriter stderr)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        var quiet = false;
        for (SymbolResult? result = parseResult.CommandResult; result is not null; result = result.Parent)
        {
            if (result is not CommandResult command) continue;
            foreach (var option in command.Children.OfType<OptionResult>().Where(o => !o.Implicit))
            {
                var value = option.Tokens.Count > 0 ? option.Tokens[0].Value : "";
                switch (option.Option.Name)
                {
                    case CommonOptions.QuietName: quiet = option.Tokens.Count == 0 || bool.TryParse(value, out var q) && q; break;
                    case "--routing": given.TryAdd("routing", $"{value} (--routing)"); break;
                    case "--instance": given.TryAdd("instance", $"{value} (--instance)"); break;
                    case "--store" when value == "dynamodb": given["routing"] = "the DynamoDB tables (--store dynamodb)"; break;
                }
            }
        }

        session.Configure(quiet, given, stderr);
    }
}
