using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DynamicContactCenter.Testing;

/// <summary>
/// An HTTP/1.1 forwarder on 127.0.0.1 in front of a loopback server (dynalite), to force an interleaving of two clients:
/// it can add a fixed delay to every request and hold chosen requests until the test releases them. With only a delay it is the
/// loopback latency proxy of the benchmarks (issue #15): store-bound commands measured at a network's round trip.
/// </summary>
/// <remarks>
/// Holding a request is deterministic where a delay is timing luck: the test knows the held request has reached the
/// proxy and has not reached the server. Everything is bounded so a broken test fails instead of hanging: a held
/// request is let through after <see cref="MaxHold"/>, and the proxy stops accepting after <see cref="MaxLifetime"/>.
/// Only what the AWS SDK sends to DynamoDB is supported: requests with a Content-Length body, no chunked uploads.
/// </remarks>
public sealed class HoldingProxy : IAsyncDisposable
{
    /// <summary>The longest a request is held before it is let through anyway.</summary>
    public static readonly TimeSpan MaxHold = TimeSpan.FromSeconds(30);

    /// <summary>How long the proxy accepts connections before it stops by itself.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(2);

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly HttpClient _upstream = new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false });
    private readonly Uri _target;
    private readonly CancellationTokenSource _stop;
    private readonly List<Hold> _holds = [];
    private readonly Task _accepting;

    /// <summary>Starts forwarding to <paramref name="target"/>, which must be a loopback address, for <see cref="MaxLifetime"/>.</summary>
    public HoldingProxy(Uri target)
        : this(target, MaxLifetime)
    {
    }

    /// <summary>
    /// Starts forwarding to <paramref name="target"/> for <paramref name="lifetime"/>: the benchmarks' latency proxy
    /// (<see cref="Delay"/> per request, bench/README.md) runs longer than a test should.
    /// </summary>
    public HoldingProxy(Uri target, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(target);
        _stop = new CancellationTokenSource(lifetime);
        if (!target.IsLoopback)
        {
            throw new ArgumentException($"The proxy only forwards to loopback addresses, not {target}.", nameof(target));
        }

        _target = target;
        _listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptAsync();
    }

    /// <summary>Where clients connect instead of the target.</summary>
    public Uri Url { get; }

    /// <summary>A delay added before every request is forwarded (e.g. the 300 ms).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Holds the first request from now on that <paramref name="matches"/> (given the DynamoDB operation and the JSON body).</summary>
    public Hold HoldFirst(Func<string, string, bool> matches)
    {
        var hold = new Hold(matches);
        lock (_holds)
        {
            _holds.Add(hold);
        }

        return hold;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        lock (_holds)
        {
            _holds.ForEach(h => h.Release());
        }

        try
        {
            await _accepting.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _upstream.Dispose();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        try
        {
            while (await ReadRequestAsync(stream, _stop.Token).ConfigureAwait(false) is { } request)
            {
                var operation = request.Headers.GetValueOrDefault("x-amz-target", "").Split('.').Last();
                var body = Encoding.UTF8.GetString(request.Body);
                if (Delay > TimeSpan.Zero)
                {
                    await Task.Delay(Delay, _stop.Token).ConfigureAwait(false);
                }

                if (Claim(operation, body) is { } hold)
                {
                    hold.Arrived();
                    await hold.WaitAsync(_stop.Token).ConfigureAwait(false);
                }

                await ForwardAsync(request, stream, _stop.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or HttpRequestException)
        {
            // The client hung up or the proxy is stopping: the connection ends, as a real network's would.
        }
    }

    private Hold? Claim(string operation, string body)
    {
        lock (_holds)
        {
            var hold = _holds.FirstOrDefault(h => !h.Claimed && h.Matches(operation, body));
            hold?.Claim();
            return hold;
        }
    }

    private async Task ForwardAsync(Request request, NetworkStream stream, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(_target, request.Path))
        {
            Content = new ByteArrayContent(request.Body),
        };
        foreach (var (name, value) in request.Headers)
        {
            if (name is "host" or "content-length" or "connection" or "expect")
            {
                continue;
            }

            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                message.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        using var response = await _upstream.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var head = new StringBuilder().Append("HTTP/1.1 ").Append((int)response.StatusCode).Append(' ').Append(response.ReasonPhrase).Append("\r\n");
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) || name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) || name.Equals("Connection", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            head.Append(name).Append(": ").Append(string.Join(", ", values)).Append("\r\n");
        }

        head.Append("Content-Length: ").Append(body.Length).Append("\r\n\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(body, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Request?> ReadRequestAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (head.Count < 4 || head[^4] != '\r' || head[^3] != '\n' || head[^2] != '\r' || head[^1] != '\n')
        {
            if (await stream.ReadAsync(one, cancellationToken).ConfigureAwait(false) == 0)
            {
                return null;
            }

            head.Add(one[0]);
            if (head.Count > 64 * 1024)
            {
                throw new IOException("Request headers over 64 KiB.");
            }
        }

        var lines = Encoding.ASCII.GetString([.. head]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var requestLine = lines[0].Split(' ');
        var headers = lines.Skip(1)
            .Select(l => l.Split(':', 2))
            .ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim(), StringComparer.Ordinal);
        var body = new byte[int.Parse(headers.GetValueOrDefault("content-length", "0"), System.Globalization.CultureInfo.InvariantCulture)];
        await stream.ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false);
        return new Request(requestLine[0], requestLine[1], headers, body);
    }

    private sealed record Request(string Method, string Path, Dictionary<string, string> Headers, byte[] Body);

    /// <summary>One request the proxy holds: <see cref="Reached"/> completes when it arrives, <see cref="Release"/> lets it through.</summary>
    public sealed class Hold
    {
        private readonly Func<string, string, bool> _matches;
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        internal Hold(Func<string, string, bool> matches) => _matches = matches;

        /// <summary>Completes when the matching request has arrived and is being held.</summary>
        public Task Reached => _reached.Task;

        internal bool Claimed { get; private set; }

        /// <summary>Lets the held request (or the next matching one) through.</summary>
        public void Release() => _released.TrySetResult();

        internal bool Matches(string operation, string body) => _matches(operation, body);

        internal void Claim() => Claimed = true;

        internal void Arrived() => _reached.TrySetResult();

        internal async Task WaitAsync(CancellationToken cancellationToken)
        {
            try
            {
                await _released.Task.WaitAsync(MaxHold, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Bounded: a test that forgets to release fails on its assertions, it does not hang.
            }
        }
    }
}
