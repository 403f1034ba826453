using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DynamicContactCenter.Local;

/// <summary>
/// The one way this repository serves HTTP on loopback: Kestrel on 127.0.0.1, one terminal request delegate, started and bound
/// before it returns. Used by the local Runtime API (<see cref="LocalRuntimeApi"/>) and by the fake endpoints of the tests.
/// </summary>
/// <remarks>
/// An empty host: no configuration sources and no logging providers, so nothing reaches the console or the test output and no
/// ASPNETCORE_* variable moves it. Bound to port 0, so the system picks a free port while binding: there is no probe-then-bind
/// window in which another process could take it.
/// </remarks>
public static class LoopbackKestrel
{
    /// <summary>Starts serving <paramref name="handle"/> on a free loopback port.</summary>
    /// <param name="handle">Answers every request (there is no routing: each server owns its few paths).</param>
    /// <returns>The running host (the caller stops and disposes it) and the port it bound.</returns>
    public static (WebApplication Host, int Port) Start(RequestDelegate handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0);
        });
        var host = builder.Build();
        host.Run(handle);
        host.StartAsync().GetAwaiter().GetResult();
        var bound = new Uri(host.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        return (host, bound.Port);
    }
}
