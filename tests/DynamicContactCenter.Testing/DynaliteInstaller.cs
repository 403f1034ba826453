using System.Diagnostics;

namespace DynamicContactCenter.Testing;

/// <summary>
/// Makes sure dynalite (pinned in the repository's package.json and package-lock.json) is installed under
/// node_modules, running <c>npm ci</c> once when it is not. Parallel test projects take a file lock, so only one installs.
/// </summary>
public static class DynaliteInstaller
{
    /// <summary>How long an install, or waiting for another process's install, may take.</summary>
    public static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The dynalite entry point, relative to the repository root.</summary>
    public static readonly string CliRelativePath = Path.Combine("node_modules", "dynalite", "cli.js");

    /// <summary>The path of dynalite's cli.js, installing it first if needed.</summary>
    /// <exception cref="InvalidOperationException">npm is missing or the install failed; the message says what to do.</exception>
    public static async Task<string> EnsureInstalledAsync(string repositoryRoot)
    {
        var cli = Path.Combine(repositoryRoot, CliRelativePath);
        if (File.Exists(cli))
        {
            return cli;
        }

        var lockDirectory = Path.Combine(repositoryRoot, ".dynalite");
        Directory.CreateDirectory(lockDirectory);
        using var installLock = await FileLock.AcquireAsync(Path.Combine(lockDirectory, "install.lock"), InstallTimeout).ConfigureAwait(false);

        // Another test process may have installed it while this one waited for the lock.
        if (!File.Exists(cli))
        {
            await RunNpmCiAsync(repositoryRoot).ConfigureAwait(false);
        }

        return File.Exists(cli)
            ? cli
            : throw new InvalidOperationException($"npm ci finished but {cli} is still missing; check that package.json pins dynalite.");
    }

    private static async Task RunNpmCiAsync(string repositoryRoot)
    {
        var start = new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund"])
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("npm did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                "The DynamoDB integration tests need Node.js 18+ and npm on PATH to install dynalite (npm ci in " +
                repositoryRoot + "), and npm was not found: " + e.Message, e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(InstallTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"npm ci in {repositoryRoot} took longer than {InstallTimeout}.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"npm ci in {repositoryRoot} failed with exit code {process.ExitCode}:{Environment.NewLine}{await output.ConfigureAwait(false)}{await error.ConfigureAwait(false)}");
            }
        }
    }
}
