using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DynamicContactCenter.Local;

/// <summary>
/// A Lambda Runtime API on 127.0.0.1 (a free port): serves <c>/2018-06-01/runtime/invocation/next</c>, <c>/{id}/response</c>,
/// <c>/{id}/error</c> and <c>/runtime/init/error</c> with the real headers, so a real <c>bootstrap</c> runs against it unchanged.
/// Events are queued by <see cref="InvokeAsync"/> and answered in order, one at a time per polling runtime.
/// </summary>
/// <remarks>Served by <see cref="LoopbackKestrel"/>, one terminal request delegate and no routing: the contract is six paths.</remarks>
public sealed class LocalRuntimeApi : IAsyncDisposable
{
    private const string Prefix = "/2018-06-01/runtime/";

    /// <summary>How long a stop waits for requests in flight; every waiting <c>/next</c> is answered at once when stopping.</summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    private readonly WebApplication _host;
    private readonly TimeProvider _time;
    private readonly Channel<PendingInvocation> _queue = Channel.CreateUnbounded<PendingInvocation>();
    private readonly ConcurrentDictionary<string, PendingInvocation> _inFlight = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private string? _fatal;

    private LocalRuntimeApi(TimeProvider time)
    {
        _time = time;
        (_host, var port) = LoopbackKestrel.Start(HandleAsync);
        Address = $"127.0.0.1:{port}";
    }

    /// <summary>host:port, the value for <c>AWS_LAMBDA_RUNTIME_API</c>.</summary>
    public string Address { get; }

    /// <summary>The body of the <c>/init/error</c> the function posted, or null.</summary>
    public string? InitErrorBody { get; private set; }

    /// <summary>How many events the function has fetched from <c>/next</c>.</summary>
    public int EventsServed => _served;

    private int _served;

    /// <summary>Starts the emulator on a free loopback port (port 0: the system picks it while binding, so no other process can
    /// take it between a probe and the bind).</summary>
    public static LocalRuntimeApi Start(TimeProvider? timeProvider = null) => new(timeProvider ?? TimeProvider.System);

    /// <summary>Queues an event and waits for the function's response or error (or the timeout).</summary>
    public async Task<LocalInvocationResult> InvokeAsync(string eventJson, LocalInvocationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventJson);
        options ??= new LocalInvocationOptions();
        var started = _time.GetTimestamp();
        var pending = new PendingInvocation(
            options.RequestId ?? Guid.NewGuid().ToString(),
            Encoding.UTF8.GetBytes(eventJson),
            _time.GetUtcNow() + options.Timeout,
            options.FunctionArn);

        if (_fatal is { } fatal)
        {
            return Failed(pending.RequestId, fatal, started);
        }

        _inFlight[pending.RequestId] = pending;
        await _queue.Writer.WriteAsync(pending, cancellationToken);
        try
        {
            var answer = await pending.Answer.Task.WaitAsync(options.Timeout, _time, cancellationToken);
            return answer with { Duration = _time.GetElapsedTime(started) };
        }
        catch (TimeoutException)
        {
            pending.Abandoned = true;
            _inFlight.TryRemove(pending.RequestId, out _);
            return new LocalInvocationResult(pending.RequestId, null, "Sandbox.Timedout",
                LocalMessages.TimedOut.CodedMessage(options.Timeout.TotalMilliseconds),
                null, _time.GetElapsedTime(started), TimedOut: true);
        }
    }

    /// <summary>Fails every waiting and future invocation with <paramref name="reason"/> (the launcher calls it when the process dies).</summary>
    public void FailAll(string reason)
    {
        _fatal ??= reason;
        foreach (var pending in _inFlight.Values)
        {
            pending.Answer.TrySetResult(Failed(pending.RequestId, _fatal, 0));
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        FailAll(LocalMessages.Stopped.CodedMessage());
        await _stopping.CancelAsync();
        using (var grace = new CancellationTokenSource(StopGrace, _time))
        {
            await _host.StopAsync(grace.Token);
        }

        await _host.DisposeAsync();
        _stopping.Dispose();
    }

    private LocalInvocationResult Failed(string requestId, string reason, long started) =>
        new(requestId, null, "Runtime.ExitError", reason, null, started == 0 ? TimeSpan.Zero : _time.GetElapsedTime(started), TimedOut: false);

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        try
        {
            var path = request.Path.Value ?? "";
            if (!path.StartsWith(Prefix, StringComparison.Ordinal))
            {
                await WriteAsync(response, 404, """{"errorMessage":"Unknown path","errorType":"NotFound"}""");
                return;
            }

            var route = path[Prefix.Length..].Split('/');
            switch (request.Method, route)
            {
                case ("GET", ["invocation", "next"]):
                    await NextAsync(response, context.RequestAborted);
                    break;
                case ("POST", ["invocation", var id, "response"]):
                    await AnswerAsync(response, id, await ReadBodyAsync(request), error: false, null);
                    break;
                case ("POST", ["invocation", var id, "error"]):
                    await AnswerAsync(response, id, await ReadBodyAsync(request), error: true, ErrorTypeHeader(request));
                    break;
                case ("POST", ["init", "error"]):
                    var body = await ReadBodyAsync(request);
                    InitErrorBody = body;
                    var (type, message) = ReadError(body, ErrorTypeHeader(request));
                    FailAll(LocalMessages.InitError.CodedMessage(type, message));
                    await WriteAsync(response, 202, """{"status":"OK"}""");
                    break;
                default:
                    await WriteAsync(response, 404, """{"errorMessage":"Unknown path","errorType":"NotFound"}""");
                    break;
            }
        }
        catch (Exception exception) when (exception is ObjectDisposedException or IOException or OperationCanceledException)
        {
            // The runtime went away mid-request (it was stopped or killed); its invocation fails via FailAll or the timeout.
        }
#pragma warning disable CA1031 // A bug here must not leave the runtime's request hanging: answer 500 with the reason.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            try
            {
                await WriteAsync(response, 500, JsonSerializer.Serialize(exception.Message, LocalJsonContext.Default.String));
            }
            catch (Exception inner) when (inner is ObjectDisposedException or IOException or InvalidOperationException)
            {
                // The response had already started; the caller's timeout reports the invocation.
            }
        }
    }

    private async Task NextAsync(HttpResponse response, CancellationToken runtimeGone)
    {
        PendingInvocation pending;
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, runtimeGone);
        do
        {
            try
            {
                // A runtime that hangs up while polling takes no event with it: the next poll gets it.
                pending = await _queue.Reader.ReadAsync(waiting.Token);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                // Shutting down: a 500 tells a real runtime to exit.
                await WriteAsync(response, 500, """{"errorMessage":"Runtime API stopping","errorType":"ServiceException"}""");
                return;
            }
        }
        while (pending.Abandoned);

        Interlocked.Increment(ref _served);
        response.Headers["Lambda-Runtime-Aws-Request-Id"] = pending.RequestId;
        response.Headers["Lambda-Runtime-Deadline-Ms"] = pending.Deadline.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        response.Headers["Lambda-Runtime-Invoked-Function-Arn"] = pending.FunctionArn;
        response.Headers["Lambda-Runtime-Trace-Id"] = pending.TraceId;
        response.ContentType = "application/json";
        response.StatusCode = 200;
        response.ContentLength = pending.Event.Length;
        await response.Body.WriteAsync(pending.Event, _stopping.Token);
    }

    private async Task AnswerAsync(HttpResponse response, string requestId, string body, bool error, string? errorTypeHeader)
    {
        if (!_inFlight.TryRemove(requestId, out var pending))
        {
            await WriteAsync(response, 400, """{"errorMessage":"Invalid request ID","errorType":"InvalidRequestID"}""");
            return;
        }

        LocalInvocationResult result;
        if (error)
        {
            var (type, message) = ReadError(body, errorTypeHeader);
            result = new LocalInvocationResult(requestId, null, type, message, body, TimeSpan.Zero, TimedOut: false);
        }
        else
        {
            result = new LocalInvocationResult(requestId, body, null, null, null, TimeSpan.Zero, TimedOut: false);
        }

        await WriteAsync(response, 202, """{"status":"OK"}""");
        pending.Answer.TrySetResult(result);
    }

    private static (string Type, string Message) ReadError(string body, string? headerType)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var message = root.TryGetProperty("errorMessage", out var m) ? m.GetString() ?? "" : body;
            var type = headerType ?? (root.TryGetProperty("errorType", out var t) ? t.GetString() : null) ?? "Unhandled";
            return (type, message);
        }
        catch (JsonException)
        {
            return (headerType ?? "Unhandled", body);
        }
    }

    private static string? ErrorTypeHeader(HttpRequest request) =>
        request.Headers.TryGetValue("Lambda-Runtime-Function-Error-Type", out var value) ? value.ToString() : null;

    private static async Task<string> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
    }

    private static async Task WriteAsync(HttpResponse response, int status, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        response.StatusCode = status;
        response.ContentType = "application/json";
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes);
    }

    private sealed class PendingInvocation(string requestId, byte[] eventBytes, DateTimeOffset deadline, string functionArn)
    {
        public string RequestId { get; } = requestId;
        public byte[] Event { get; } = eventBytes;
        public DateTimeOffset Deadline { get; } = deadline;
        public string FunctionArn { get; } = functionArn;
        public string TraceId { get; } = $"Root=1-{Guid.NewGuid():N}"[..32] + ";Sampled=0";
        public TaskCompletionSource<LocalInvocationResult> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public volatile bool Abandoned;
    }
}
