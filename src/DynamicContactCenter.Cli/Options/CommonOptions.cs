using System.CommandLine;

namespace DynamicContactCenter.Cli.Options;

/// <summary>The options several commands share (<c>--instance</c>, <c>--routing</c>, <c>--json</c>), defined once: every command
/// that has one gets it from here, so its name and help read the same in every <c>--help</c>.</summary>
/// <remarks>Each call returns a new option: System.CommandLine reads a value per option object, and a command keeps its own.
/// What a command does beyond the shared meaning (lint's routing.yaml beside the instance, config plan's --instance only with
/// --preview, what --json prints) belongs to that command's own description, not to a second wording of the option.</remarks>
internal static class CommonOptions
{
    /// <summary>The name of <see cref="Json"/>: <see cref="DccApp"/> looks for it before parsing, to word even a parse error as JSON.</summary>
    public const string JsonName = "--json";

    /// <summary><c>--instance FILE</c>: the instance model, or null for the shipped one.</summary>
    public static Option<string?> Instance() => new("--instance")
    {
        Description = "An instance.yaml (queues, hours, agents, flows, functions, numbers, placeholders) instead of the shipped one.",
        HelpName = "FILE",
    };

    /// <summary><c>--routing FILE</c>: the routing data, or null for the embedded sample.</summary>
    public static Option<string?> Routing() => new("--routing")
    {
        Description = "A routing.yaml (prompts, dialed numbers, environments) instead of the embedded sample.",
        HelpName = "FILE",
    };

    /// <summary><c>--json</c>: the command's output, and its errors, as JSON on stdout.</summary>
    public static Option<bool> Json() => new(JsonName)
    {
        Description = "Print the output as JSON on stdout, errors included.",
    };

    /// <summary>The name of <see cref="Quiet"/>, which <see cref="DccApp"/> reads once the command line is parsed.</summary>
    public const string QuietName = "--quiet";

    /// <summary><c>--quiet</c>: no "using ..." line on stderr. Defined once, on the root command, and recursive, so every command takes it.</summary>
    public static Option<bool> Quiet() => new(QuietName)
    {
        Description = "Do not print the line naming the project files a command uses (dcc.yaml, routing, instance, flows, scenarios) on stderr.",
        Recursive = true,
    };
}
