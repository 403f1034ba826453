using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Functions.Tests.Aot;

/// <summary>The Native AOT bootstrap, published once for the whole test run (see <see cref="AotBootstrap"/>).</summary>
public sealed class AotBootstrapFixture : IAsyncLifetime
{
    public string BootstrapPath { get; private set; } = "";

    public string PublishOutput { get; private set; } = "";

    public int PublishExitCode { get; private set; } = -1;

    public async Task InitializeAsync()
    {
        var published = await AotBootstrap.PublishAsync();
        (PublishExitCode, PublishOutput, BootstrapPath) = (published.ExitCode, published.Output, published.BootstrapPath);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
