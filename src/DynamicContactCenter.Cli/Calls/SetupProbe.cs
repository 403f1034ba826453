using System.ComponentModel;
using DynamicContactCenter.Cli.Commands;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Local;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Cli.Calls;

/// <summary>Checks, before a call is played, that the environment can run the functions at all.</summary>
/// <remarks>
/// Where the line is: a function that runs and fails during the call (an error answer, a timeout of a live function, a missing row)
/// is a call outcome, and the flows' error branches are what the user is testing. A store that cannot be read at all (no
/// credentials, an unreachable endpoint, missing tables) or a function binary that cannot serve a single invocation (not
/// executable, exits, fails to initialise, never answers) would make every call take the error path whatever the flows say: that
/// is a setup error, exit 2 naming the problem, and no call is played. <c>dcc invoke</c> has no probe: the function's answer,
/// failure included, is what it reports.
/// </remarks>
internal static class SetupProbe
{
    /// <summary>How long the store may take to answer one read; the SDK's own retries fit in it.</summary>
    private static readonly TimeSpan StoreBudget = TimeSpan.FromSeconds(10);

    /// <summary>How long a function process may take to start and answer one event (a JIT <c>bootstrap.dll</c> on a loaded machine
    /// needs a few seconds; a healthy one answers in milliseconds after that).</summary>
    private static readonly TimeSpan FunctionBudget = TimeSpan.FromSeconds(15);

    /// <summary>The Local codes that mean the process never served an invocation (timed out, exited, failed to initialise,
    /// Runtime API stopped), as opposed to a handler's own error answer.</summary>
    private static readonly string[] ProcessFailureCodes = [LocalMessages.TimedOut.Code, LocalMessages.ProcessExited.Code, LocalMessages.InitError.Code, LocalMessages.Stopped.Code];

    /// <summary>Reads one row; false (with the reason written) when the store cannot be read at all.</summary>
    public static async Task<bool> StoreReadableAsync(IRoutingStore store, CliContext context, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(StoreBudget);
        try
        {
            // Any key does: a missing row answers null; what matters is that the table answers.
            await store.GetDialedNumberAsync(DialedNumber.DefaultKey, budget.Token);
            return true;
        }
        catch (RoutingStoreException e)
        {
            await context.Error.WriteLineAsync(CliMessages.Format(CliMessages.StoreUnreachable, e.Message));
            return false;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync(CliMessages.Format(CliMessages.StoreUnreachable,
                $"no answer within {StoreBudget.TotalSeconds:0} s"));
            return false;
        }
    }

    /// <summary>Sends one harmless event (GetPrompts for English) through <paramref name="invoker"/>; false (with the reason written)
    /// when the function binary cannot serve it.</summary>
    public static async Task<bool> FunctionsRunAsync(ILambdaInvoker invoker, string bootstrap, CliContext context, CancellationToken cancellationToken)
    {
        string? problem;
        try
        {
            var eventJson = ConnectEventBuilder.Build(CallRequest.DefaultCallerNumber, "English", new Dictionary<string, string>());
            var result = await invoker.InvokeAsync("GetPrompts", eventJson, FunctionBudget, cancellationToken);
            problem = result.Error is { } error && ProcessFailureCodes.Any(code => error.Contains(code, StringComparison.Ordinal)) ? error : null;
        }
        catch (Win32Exception e)
        {
            // The OS refused to start it: not executable, not a binary for this machine.
            problem = e.Message;
        }

        if (problem is null) return true;
        await context.Error.WriteLineAsync(CliMessages.Format(CliMessages.FunctionBinaryUnusable, bootstrap, problem));
        return false;
    }
}
