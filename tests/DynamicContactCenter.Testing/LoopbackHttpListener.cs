using System.Net;
using System.Net.Sockets;

namespace DynamicContactCenter.Testing;

/// <summary>Starts an <see cref="HttpListener"/> on a free 127.0.0.1 port, for the fake AWS endpoints tests serve.</summary>
/// <remarks>
/// HttpListener cannot bind port 0, so a free port is found first; another process (parallel test projects, other
/// builds) can take it before the listener binds, so a port found taken is replaced by another.
/// </remarks>
public static class LoopbackHttpListener
{
    /// <summary>How many ports are tried before giving up.</summary>
    public const int Attempts = 5;

    /// <summary>A started listener and its root URL, e.g. <c>http://127.0.0.1:41234/</c>; the caller closes the listener.</summary>
    public static (HttpListener Listener, Uri Url) Start() => Start(FreePort);

    /// <summary>The same, taking candidate ports from <paramref name="choosePort"/> (tests of the retry).</summary>
    /// <exception cref="InvalidOperationException">Every candidate port was taken.</exception>
    public static (HttpListener Listener, Uri Url) Start(Func<int> choosePort)
    {
        ArgumentNullException.ThrowIfNull(choosePort);
        var tried = new List<int>();
        while (tried.Count < Attempts)
        {
            var port = choosePort();
            tried.Add(port);
            var url = new Uri($"http://127.0.0.1:{port}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(url.ToString());
            try
            {
                listener.Start();
                return (listener, url);
            }
            catch (HttpListenerException)
            {
                listener.Close();
            }
        }

        throw new InvalidOperationException($"No free port for an HTTP listener on 127.0.0.1: tried {string.Join(", ", tried)}.");
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
