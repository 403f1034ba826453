using DynamicContactCenter.Local;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DynamicContactCenter.Testing;

/// <summary>
/// The one loopback HTTP server behind the fake endpoints tests serve (CloudFormation's Query API, the custom-resource
/// ResponseURL): Kestrel on 127.0.0.1, records every request in order and lets the fake answer it.
/// </summary>
/// <remarks>Served by <see cref="LoopbackKestrel"/>, the host the local Runtime API runs on too.</remarks>
public sealed class LoopbackHttpServer : IDisposable
{
    /// <summary>How long a stop waits for requests in flight (a hanging answer is cancelled first, so this is rarely reached).</summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(2);

    private readonly WebApplication _host;
    private readonly Func<LoopbackRequest, HttpResponse, CancellationToken, Task> _answer;
    private readonly List<LoopbackRequest> _received = [];
    private readonly CancellationTokenSource _stopping = new();
    private bool _disposed;

    /// <summary>Starts serving; <paramref name="answer"/> gets each request (already recorded) and writes its response.</summary>
    /// <param name="answer">Writes the response; its token is cancelled when the client goes away or the server is disposed.</param>
    public LoopbackHttpServer(Func<LoopbackRequest, HttpResponse, CancellationToken, Task> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        _answer = answer;
        (_host, var port) = LoopbackKestrel.Start(ServeAsync);
        Url = new Uri($"http://127.0.0.1:{port}/");
    }

    /// <summary>The root URL, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Url { get; }

    /// <summary>Every request that arrived so far, in order.</summary>
    public IReadOnlyList<LoopbackRequest> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    /// <inheritdoc />
    /// <remarks>Idempotent: a test and its fixture may both dispose the same fake.</remarks>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stopping.Cancel();
        using (var grace = new CancellationTokenSource(StopGrace))
        {
            _host.StopAsync(grace.Token).GetAwaiter().GetResult();
        }

        _host.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _stopping.Dispose();
    }

    private async Task ServeAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString(), StringComparer.Ordinal);
        var request = new LoopbackRequest(context.Request.Method, context.Request.Path.ToUriComponent(),
            context.Request.QueryString.Value?.TrimStart('?') ?? "", headers, buffer.ToArray());
        lock (_received)
        {
            _received.Add(request);
        }

        using var answering = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        try
        {
            await _answer(request, context.Response, answering.Token);
        }
        catch (OperationCanceledException) when (answering.IsCancellationRequested)
        {
            // The server is stopping or the client gave up: drop the connection, so an answer the fake never gave
            // (a hanging endpoint) is not turned into an empty 200 on the way out.
            context.Abort();
        }
    }
}
