using System.Diagnostics;

namespace DynamicContactCenter.Testing;

/// <summary>
/// The Native AOT <c>bootstrap</c> published once for all test projects (publishing takes minutes): into
/// <c>artifacts/aot-test/</c> under a file lock, and reused while it is newer than every source it is built from.
/// </summary>
public static class AotBootstrap
{
    /// <summary>How long a publish, or waiting for another test process's publish, may take.</summary>
    public static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(15);

    private static readonly SemaphoreSlim InProcess = new(1, 1);

    private static readonly string[] SourceProjects = ["DynamicContactCenter.Functions", "DynamicContactCenter.Routing", "DynamicContactCenter.Storage"];

    /// <summary>The folder the binary and its publish log are written to.</summary>
    public static string OutputDirectory => RepositoryPaths.Combine("artifacts", "aot-test", "publish");

    /// <summary>Publishes the bootstrap unless an up-to-date one is there, and returns the publish's exit code, log and binary.</summary>
    public static async Task<AotPublishResult> PublishAsync()
    {
        await InProcess.WaitAsync().ConfigureAwait(false);
        try
        {
            Directory.CreateDirectory(OutputDirectory);
            using var publishLock = await FileLock.AcquireAsync(Path.Combine(OutputDirectory, "..", "publish.lock"), PublishTimeout).ConfigureAwait(false);
            var binary = Path.Combine(OutputDirectory, "bootstrap");
            var log = Path.Combine(OutputDirectory, "publish.log");
            var exitCodeFile = Path.Combine(OutputDirectory, "publish.exitcode");
            if (!IsUpToDate(binary) || !File.Exists(log) || !File.Exists(exitCodeFile))
            {
                File.Delete(binary);
                var (exitCode, output) = await RunPublishAsync().ConfigureAwait(false);
                await File.WriteAllTextAsync(log, output).ConfigureAwait(false);
                await File.WriteAllTextAsync(exitCodeFile, exitCode.ToString(System.Globalization.CultureInfo.InvariantCulture)).ConfigureAwait(false);
            }

            return new AotPublishResult(int.Parse(await File.ReadAllTextAsync(exitCodeFile).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture),
                await File.ReadAllTextAsync(log).ConfigureAwait(false), binary);
        }
        finally
        {
            InProcess.Release();
        }
    }

    private static bool IsUpToDate(string binary)
    {
        if (!File.Exists(binary))
        {
            return false;
        }

        var built = File.GetLastWriteTimeUtc(binary);
        var sources = SourceProjects
            .Select(project => RepositoryPaths.Combine("src", project))
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Concat([RepositoryPaths.Combine("Directory.Build.props"), RepositoryPaths.Combine("Directory.Packages.props"), RepositoryPaths.RoutingYaml]);
        return sources.All(file => File.GetLastWriteTimeUtc(file) < built);
    }

    private static async Task<(int ExitCode, string Output)> RunPublishAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var argument in new[]
        {
            "publish", RepositoryPaths.Combine("src", "DynamicContactCenter.Functions", "DynamicContactCenter.Functions.csproj"),
            "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", OutputDirectory, "-nologo",
            // Its own build tree (the SDK's artifacts layout), so a concurrent build or `dcc package` of the same projects
            // never shares obj/ with this publish; stable, so reruns are incremental.
            "-p:UseArtifactsOutput=true", "-p:ArtifactsPath=" + RepositoryPaths.Combine("artifacts", "aot-test", "build"),
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(PublishTimeout);
        await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        return (process.ExitCode, await stdout.ConfigureAwait(false) + await stderr.ConfigureAwait(false));
    }
}

/// <summary>What publishing the AOT bootstrap gave.</summary>
/// <param name="ExitCode">The <c>dotnet publish</c> exit code.</param>
/// <param name="Output">Everything it printed (warnings included).</param>
/// <param name="BootstrapPath">The binary.</param>
public sealed record AotPublishResult(int ExitCode, string Output, string BootstrapPath);
