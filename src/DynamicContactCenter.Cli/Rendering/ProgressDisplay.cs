using Spectre.Console;

namespace DynamicContactCenter.Cli.Rendering;

/// <summary>
/// Progress for a long command (<c>dcc test</c> over a matrix of thousands of numbers, <c>dcc lint</c>'s walk over them): a Spectre progress bar on a terminal that
/// shows colour, and nothing at all when output is piped or redirected (<see cref="TerminalOutput"/>), so a log holds only results.
/// </summary>
/// <remarks>The bar is cleared when the work ends; lines the work writes meanwhile appear above it (Spectre's live display keeps them).
/// Short runs get no bar: below <see cref="MinimumSteps"/> steps it would only flicker.</remarks>
internal static class ProgressDisplay
{
    /// <summary>The fewest steps worth a progress bar.</summary>
    public const int MinimumSteps = 20;

    /// <summary>Runs <paramref name="work"/>, which calls the action it is given once per finished step of <paramref name="total"/>.</summary>
    public static async Task RunAsync(IAnsiConsole console, string description, int total, Func<Action, Task> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        // Spectre draws a live bar only on an interactive ANSI console; elsewhere it would print percentage lines into the output.
        if (total < MinimumSteps || !TerminalOutput.Wraps(console) || !console.Profile.Capabilities.Ansi || !console.Profile.Capabilities.Interactive)
        {
            await work(() => { });
            return;
        }

        await console.Progress().AutoClear(true).StartAsync(async progress =>
        {
            var task = progress.AddTask(Markup.Escape(description), maxValue: total);
            await work(() => task.Increment(1));
        });
    }

    /// <summary>As <see cref="RunAsync(IAnsiConsole, string, int, Func{Action, Task})"/> for work that returns a result (<c>dcc lint</c>'s report).</summary>
    public static async Task<T> RunAsync<T>(IAnsiConsole console, string description, int total, Func<Action, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var result = default(T);
        // A block body, so the lambda returns Task and this calls the overload above, not itself.
        await RunAsync(console, description, total, async step => { result = await work(step); });
        return result!;
    }
}
