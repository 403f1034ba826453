using System.Net;
using System.Net.Sockets;

namespace DynamicContactCenter.Testing;

/// <summary>
/// A loopback TCP proxy in front of a real server (dynalite) that can be told to hang: after <see cref="Stall"/> it still
/// accepts connections and reads requests, but forwards nothing and answers nothing, on new and already pooled connections
/// alike, which is what a client sees of a hung DynamoDB endpoint. Lets a test fill a cache through the real server first.
/// </summary>
public sealed class StallingProxy : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Uri _target;
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _stalledRequestSeen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _stalled;

    /// <summary>Starts forwarding to <paramref name="target"/> (http://host:port).</summary>
    public StallingProxy(Uri target)
    {
        _target = target ?? throw new ArgumentNullException(nameof(target));
        _listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _ = Task.Run(AcceptAsync);
    }

    /// <summary>The proxy's address, to use as the client's endpoint.</summary>
    public Uri Url { get; }

    /// <summary>Completes when the first request bytes arrive after <see cref="Stall"/>: the client is now waiting on a hung server.</summary>
    public Task StalledRequestSeen => _stalledRequestSeen.Task;

    /// <summary>From now on, swallow every request and answer nothing.</summary>
    public void Stall() => _stalled = true;

    /// <inheritdoc />
    public void Dispose()
    {
        _stopping.Cancel();
        _listener.Stop();
        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => RelayAsync(client));
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using (client)
        using (var server = new TcpClient())
        {
            try
            {
                await server.ConnectAsync(_target.Host, _target.Port, _stopping.Token).ConfigureAwait(false);
                var upstream = PumpAsync(client.GetStream(), server.GetStream(), requests: true);
                var downstream = PumpAsync(server.GetStream(), client.GetStream(), requests: false);
                await Task.WhenAny(upstream, downstream).ConfigureAwait(false);
            }
            catch (Exception e) when (e is SocketException or IOException or ObjectDisposedException or OperationCanceledException)
            {
                // Either side went away; the connection ends, as a real one would.
            }
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, bool requests)
    {
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var read = await from.ReadAsync(buffer, _stopping.Token).ConfigureAwait(false);
            if (read == 0)
            {
                return;
            }

            if (requests && _stalled)
            {
                _stalledRequestSeen.TrySetResult();
                continue; // Swallowed: the server never hears of it, so the client never hears back.
            }

            await to.WriteAsync(buffer.AsMemory(0, read), _stopping.Token).ConfigureAwait(false);
        }
    }
}
