using DynamicContactCenter.Cli;
using Spectre.Console.Testing;

namespace DynamicContactCenter.Cli.Tests;

/// <summary>Runs <c>dcc</c> in-process the way a shell would, capturing what a user sees.</summary>
internal sealed record DccRun(int ExitCode, string Output, string Error)
{
    public static async Task<DccRun> RunAsync(params string[] args) => await RunAsync(new Dictionary<string, string>(), args);

    public static async Task<DccRun> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var console = new TestConsole().Width(200);
        console.Profile.Capabilities.Ansi = false;
        using var error = new StringWriter();
        var context = new CliContext(console, error, name => environment.TryGetValue(name, out var value) ? value : null, Directory.GetCurrentDirectory());
        var exitCode = await DccApp.RunAsync(args, context, CancellationToken.None);
        return new DccRun(exitCode, console.Output, error.ToString());
    }
}
