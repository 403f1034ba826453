using System.Diagnostics;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Deploy.Tests.TestSupport;

/// <summary>Runs the built <c>dcc</c> (dcc.dll beside the tests) as a user would, from the repository root.</summary>
internal sealed record DccProcess(int ExitCode, string Output, string Error)
{
    public static async Task<DccProcess> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dcc.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        AmbientAws.Isolate(start.Environment);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(20));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new DccProcess(process.ExitCode, await stdout, await stderr);
    }
}
