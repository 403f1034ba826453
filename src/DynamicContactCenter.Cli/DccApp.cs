using System.CommandLine;

namespace DynamicContactCenter.Cli;

/// <summary>The <c>dcc</c> command tree and how a command line runs through it.</summary>
internal static class DccApp
{
    /// <summary>Builds the command tree for one run.</summary>
    public static RootCommand Build(CliContext context) =>
        new("dcc: run, test and deploy attribute-based dynamic routing for Amazon Connect, without an AWS account.")
        {
            Commands.CallCommand.Create(context),
            Commands.InvokeCommand.Create(context),
            Commands.TestCommand.Create(context),
            Commands.LintCommand.Create(context),
            Commands.GraphCommand.Create(context),
            Commands.ConfigCommand.Create(context),
            Commands.PackageCommand.Create(context),
        };

    /// <summary>Parses <paramref name="args"/> and runs the chosen command.</summary>
    /// <returns>The process exit code (<see cref="ExitCodes"/>).</returns>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Errors quote paths, arguments and live values: one escaping writer makes every error line safe for a terminal.
        context = context.Error is Rendering.EscapingTextWriter ? context : context with { Error = new Rendering.EscapingTextWriter(context.Error) };
        var root = Build(context);
        var parseResult = root.Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = new AnsiConsoleTextWriter(context.Out),
            Error = context.Error,
        };
        if (parseResult.Errors.Count > 0)
        {
            // System.CommandLine exits 1 on a parse error; DESIGN.md §7 says bad usage is 2.
            foreach (var error in parseResult.Errors)
            {
                await context.Error.WriteLineAsync($"error: {error.Message}");
            }
            await context.Error.WriteLineAsync($"Run 'dcc {string.Join(' ', CommandPath(parseResult))} --help' for usage.".Replace("  ", " ", StringComparison.Ordinal));
            return ExitCodes.BadInput;
        }
        return await parseResult.InvokeAsync(configuration, cancellationToken);
    }

    private static Stack<string> CommandPath(ParseResult parseResult)
    {
        var names = new Stack<string>();
        for (var result = parseResult.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
        {
            names.Push(result.Command.Name);
        }
        return names;
    }
}
