using System.CommandLine;
using DynamicContactCenter.Cli.Rendering;

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
            Commands.ConvertCommand.Create(context),
            Commands.Config.ConfigCommand.Create(context),
            Commands.PackageCommand.Create(context),
            Commands.ExploreCommand.Create(context),
            Commands.LayoutCommand.Create(context),
            Init.InitCommand.Create(context),
            Options.CommonOptions.Quiet(),
        };

    /// <summary>Parses <paramref name="args"/> and runs the chosen command.</summary>
    /// <returns>The process exit code (<see cref="ExitCodes"/>).</returns>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        TerminalOutput.Apply(context);

        // Errors quote paths, arguments and live values: one escaping writer makes every error line safe for a terminal.
        context = context.Error is Rendering.EscapingTextWriter ? context : context with { Error = new Rendering.EscapingTextWriter(context.Error) };

        // With --json every run prints one JSON document on stdout, failures included: the errors still go to stderr as text, and a
        // copy of them becomes {"error": ...} when the command ended without writing its own document (ErrorJsonWriter).
        var stderr = context.Error;
        var recorder = WantsJson(args) ? new ErrorLineRecorder(context.Error) : null;
        if (recorder is not null) context = context with { Error = recorder };

        var (exitCode, fallbackCode) = await RunCommandAsync(args, context, stderr, cancellationToken);
        if (recorder is not null && exitCode != ExitCodes.Ok && !context.WroteResult)
        {
            context.WriteRaw(ErrorJsonWriter.ToJson(recorder.Lines, fallbackCode));
        }

        return exitCode;
    }

    private static async Task<(int ExitCode, string FallbackCode)> RunCommandAsync(string[] args, CliContext context, TextWriter stderr, CancellationToken cancellationToken)
    {
        var root = Build(context);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            // System.CommandLine exits 1 on a parse error; DESIGN.md §7 says bad usage is 2.
            foreach (var error in parseResult.Errors)
            {
                // A typed option's parser (Cli/Options) writes its own "error DCCnnnn: ..." so the --json document carries that code.
                await context.Error.WriteLineAsync(error.Message.StartsWith("error DCC", StringComparison.Ordinal) ? error.Message : $"error: {error.Message}");
            }
            await context.Error.WriteLineAsync($"Run 'dcc {string.Join(' ', CommandPath(parseResult))} --help' for usage.".Replace("  ", " ", StringComparison.Ordinal));
            return (ExitCodes.BadInput, CliMessages.UsageError.Code);
        }

        Project.ProjectInputs.Configure(context.ProjectSession, parseResult, stderr);
        var configuration = new InvocationConfiguration
        {
            Output = new AnsiConsoleTextWriter(context.Out),
            Error = context.Error,
            // The handlers below replace System.CommandLine's, which prints a stack trace and exits 1.
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return (await parseResult.InvokeAsync(configuration, cancellationToken), CliMessages.InputError.Code);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Every path a command reads or writes is the user's input: a folder given as --output, a file it may not read, a full
            // disk. The OS's message names the path; one handler here instead of a try/catch around every File call.
            await context.Error.WriteLineAsync(CliMessages.Format(CliMessages.FileSystemError, Reason(e)));
            return (ExitCodes.BadInput, CliMessages.FileSystemError.Code);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // Anything else is a bug in dcc: one line and a hint, never a stack trace (it can quote input values), and an exit code
            // (70, EX_SOFTWARE in sysexits.h) that a script can tell apart from a failed check (1) and bad input (2).
            await context.Error.WriteLineAsync(CliMessages.Format(CliMessages.InternalError, e.GetType().FullName ?? e.GetType().Name, e.Message));
            await context.Error.WriteLineAsync(CliMessages.InternalErrorHint);
            return (ExitCodes.InternalError, CliMessages.InternalError.Code);
        }
    }

    /// <summary>The exception's message with the OS's reason when .NET wraps it (e.g. "Access to the path '/x' is denied." + "Is a directory").</summary>
    private static string Reason(Exception e) =>
        e.InnerException is { Message: { Length: > 0 } inner } && !e.Message.Contains(inner, StringComparison.Ordinal) ? $"{e.Message} ({inner})" : e.Message;

    /// <summary>Whether <c>--json</c> is among the options (not after <c>--</c>, where it would be an argument).</summary>
    private static bool WantsJson(string[] args) => args.TakeWhile(a => a != "--").Contains(Options.CommonOptions.JsonName, StringComparer.Ordinal);

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
