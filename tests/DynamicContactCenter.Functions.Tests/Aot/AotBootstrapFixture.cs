using System.Diagnostics;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Functions.Tests.Aot;

/// <summary>Publishes the Functions project with Native AOT once per test run (a few minutes) into a temporary folder.</summary>
public sealed class AotBootstrapFixture : IAsyncLifetime
{
    public string OutputDirectory { get; } = Path.Combine(Path.GetTempPath(), "dcc-aot-" + Guid.NewGuid().ToString("N")[..8]);

    public string BootstrapPath => Path.Combine(OutputDirectory, "bootstrap");

    public string PublishOutput { get; private set; } = "";

    public int PublishExitCode { get; private set; } = -1;

    public async Task InitializeAsync()
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
            "-p:UseArtifactsOutput=true", "-p:ArtifactsPath=" + RepositoryPaths.Combine("artifacts", "aot-test-build"),
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        PublishOutput = await stdout + await stderr;
        PublishExitCode = process.ExitCode;
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(OutputDirectory))
        {
            Directory.Delete(OutputDirectory, recursive: true);
        }

        return Task.CompletedTask;
    }
}
