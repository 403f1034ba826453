using DynamicContactCenter.Deploy.Tests.TestSupport;

namespace DynamicContactCenter.Deploy.Tests.Packaging;

/// <summary>Runs <c>dcc package</c> once for real (Native AOT publish, a few minutes on a cold build folder) into a temporary folder.</summary>
public sealed class PackageFixture : IAsyncLifetime
{
    public string OutputDirectory { get; } = Directory.CreateTempSubdirectory("dcc-package-").FullName;

    internal DccProcess Run { get; private set; } = new(-1, "", "");

    public async Task InitializeAsync() =>
        Run = await DccProcess.RunAsync(null, "package", "--out", OutputDirectory, "--s3-bucket", "my-artifacts", "--stack-name", "dcc-prod",
            "--parameter", "OrganisationName=Alpha to Zulu Corp");

    public Task DisposeAsync()
    {
        Directory.Delete(OutputDirectory, recursive: true);
        return Task.CompletedTask;
    }
}
