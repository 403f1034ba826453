using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Cli.Packaging;

/// <summary>Publishes the Functions project as the Native AOT <c>bootstrap</c> for a Lambda architecture.</summary>
/// <remarks>It builds into its own folder (artifacts/package-build/RID, the SDK's artifacts layout) rather than the projects'
/// obj/ folders, so packaging never races a build or a test run using those, and a second package is incremental.</remarks>
public static class BootstrapPublisher
{
    /// <summary>The Functions project, relative to the repository root.</summary>
    public static readonly string ProjectPath = Path.Combine("src", "DynamicContactCenter.Functions", "DynamicContactCenter.Functions.csproj");

    private const int OutputLinesShown = 25;

    /// <summary>Why <paramref name="architecture"/> cannot be built on this machine, or null when it can.</summary>
    /// <param name="architecture">The architecture asked for.</param>
    /// <param name="environment">Reads an environment variable (PATH is searched for the cross toolchain).</param>
    public static Diagnostic? CheckToolchain(LambdaArchitecture architecture, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        ArgumentNullException.ThrowIfNull(environment);
        if (!OperatingSystem.IsLinux())
        {
            return PackagingMessages.NotLinux.ErrorAt(DiagnosticLocation.None, RuntimeInformation.OSDescription);
        }

        var host = RuntimeInformation.OSArchitecture;
        if (host == architecture.Host)
        {
            return null;
        }

        var path = (environment("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var missing = architecture.CrossTools.Where(tool => !path.Any(dir => File.Exists(Path.Combine(dir, tool)))).ToArray();
        return missing.Length == 0
            ? null
            : PackagingMessages.CrossToolchainMissing.ErrorAt(DiagnosticLocation.InFile(null, "--arch"), architecture.Name,
                host.ToString().ToLowerInvariant(), string.Join(" and ", architecture.CrossTools), string.Join(", ", missing), architecture.CrossPackages);
    }

    /// <summary>Runs <c>dotnet publish</c>; returns the bootstrap's path, or the error with the end of the build output.</summary>
    /// <param name="repositoryRoot">The clone's root folder.</param>
    /// <param name="architecture">The architecture to build.</param>
    /// <param name="progress">Receives one line when the build starts (it takes minutes the first time).</param>
    /// <param name="cancellationToken">Stops the build.</param>
    public static async Task<(string? BootstrapPath, Diagnostic? Error)> PublishAsync(
        string repositoryRoot, LambdaArchitecture architecture, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repositoryRoot);
        ArgumentNullException.ThrowIfNull(architecture);
        ArgumentNullException.ThrowIfNull(progress);
        var buildRoot = Path.Combine(repositoryRoot, "artifacts", "package-build", architecture.RuntimeIdentifier);
        var publishDirectory = Path.Combine(buildRoot, "publish");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = repositoryRoot,
        };
        foreach (var argument in new[]
        {
            "publish", Path.Combine(repositoryRoot, ProjectPath), "-c", "Release", "-r", architecture.RuntimeIdentifier,
            "-p:PublishAot=true", "-p:UseArtifactsOutput=true", "-p:ArtifactsPath=" + buildRoot, "-o", publishDirectory, "-nologo",
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        await progress.WriteLineAsync($"Publishing the Native AOT bootstrap for {architecture.Name} (dotnet publish -r {architecture.RuntimeIdentifier}; a few minutes the first time)...");

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception("Process.Start returned no process");
        }
        catch (Win32Exception e)
        {
            return (null, PackagingMessages.DotnetMissing.ErrorAt(DiagnosticLocation.None, e.Message));
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            var output = (await stdout) + (await stderr);
            if (process.ExitCode != 0)
            {
                var lines = output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
                var errors = lines.Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Distinct().ToArray();
                var shown = (errors.Length > 0 ? errors : lines).TakeLast(OutputLinesShown).Select(l => "  " + l.Trim());
                return (null, PackagingMessages.PublishFailed.ErrorAt(DiagnosticLocation.None, process.ExitCode,
                    Environment.NewLine, string.Join(Environment.NewLine, shown)));
            }
        }

        return (Path.Combine(publishDirectory, "bootstrap"), null);
    }
}
