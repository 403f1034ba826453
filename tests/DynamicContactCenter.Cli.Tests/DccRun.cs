using DynamicContactCenter.Cli;
using Spectre.Console.Testing;

namespace DynamicContactCenter.Cli.Tests;

/// <summary>Runs <c>dcc</c> in-process the way a shell would, capturing what a user sees.</summary>
internal sealed record DccRun(int ExitCode, string Output, string Error)
{
    public static async Task<DccRun> RunAsync(params string[] args) => await RunAsync(new Dictionary<string, string>(), args);

    public static async Task<DccRun> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        await RunAsync(environment, Directory.GetCurrentDirectory(), args);

    /// <summary>Runs dcc as a shell in <paramref name="folder"/> would (a project folder's dcc.yaml or ./config is then found).</summary>
    public static async Task<DccRun> RunInAsync(string folder, params string[] args) => await RunAsync(new Dictionary<string, string>(), folder, args);

    private static async Task<DccRun> RunAsync(IReadOnlyDictionary<string, string> environment, string folder, string[] args)
    {
        var console = new TestConsole().Width(200);
        console.Profile.Capabilities.Ansi = false;
        using var error = new StringWriter();
        var context = new CliContext(console, error, name => environment.TryGetValue(name, out var value) ? value : null, folder);
        var exitCode = await DccApp.RunAsync(args, context, CancellationToken.None);
        return new DccRun(exitCode, console.Output, error.ToString());
    }
}
