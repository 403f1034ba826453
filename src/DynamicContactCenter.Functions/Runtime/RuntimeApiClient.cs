using System.Globalization;
using System.Net.Http.Headers;

namespace DynamicContactCenter.Functions.Runtime;

/// <summary>The Lambda Runtime API over HTTP: <c>http://{AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime/...</c>.</summary>
/// <remarks>Every failure, an error status or no answer at all, surfaces as one <see cref="RuntimeApiException"/>, so the
/// loop decides retry or exit in one place and no transport exception escapes as an unhandled crash.</remarks>
internal sealed class RuntimeApiClient : IRuntimeApiClient, IDisposable
{
    private readonly HttpClient _http;
    private readonly string _hostAndPort;

    /// <summary>Creates a client for the Runtime API at <paramref name="hostAndPort"/> (the value of <c>AWS_LAMBDA_RUNTIME_API</c>).</summary>
    public RuntimeApiClient(string hostAndPort)
    {
        _hostAndPort = hostAndPort;
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false })
        {
            BaseAddress = new Uri($"http://{hostAndPort}/{RuntimeHeaders.ApiVersion}/"),
            // No timeout, deliberately: Lambda freezes the process between events while GET /next is in flight,
            // so a wall-clock timeout would fire on thaw and fail a request that is in fact healthy.
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <inheritdoc />
    public async Task<InvocationRequest> GetNextInvocationAsync(CancellationToken cancellationToken)
    {
        const string What = "GET /runtime/invocation/next";
        try
        {
            using var response = await _http.GetAsync("runtime/invocation/next", HttpCompletionOption.ResponseContentRead, cancellationToken);
            await EnsureSuccessAsync(response, What, cancellationToken);

            var requestId = Header(response, RuntimeHeaders.RequestId);
            if (string.IsNullOrEmpty(requestId))
            {
                throw new RuntimeApiException($"{What} answered without a {RuntimeHeaders.RequestId} header.", (int)response.StatusCode);
            }

            var deadlineText = Header(response, RuntimeHeaders.Deadline);
            var deadline = long.TryParse(deadlineText, NumberStyles.None, CultureInfo.InvariantCulture, out var deadlineMs)
                ? DateTimeOffset.FromUnixTimeMilliseconds(deadlineMs)
                : DateTimeOffset.MaxValue;
            var context = new InvocationContext(requestId, deadline, Header(response, RuntimeHeaders.FunctionArn) ?? "", Header(response, RuntimeHeaders.TraceId));
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return new InvocationRequest(body, context);
        }
        catch (Exception exception) when (IsTransportFailure(exception, cancellationToken))
        {
            throw NoAnswer(What, exception);
        }
    }

    /// <inheritdoc />
    public async Task SendResponseAsync(string requestId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var what = $"POST /runtime/invocation/{requestId}/response";
        try
        {
            using var content = new ReadOnlyMemoryContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await _http.PostAsync($"runtime/invocation/{Uri.EscapeDataString(requestId)}/response", content, cancellationToken);
            await EnsureSuccessAsync(response, what, cancellationToken);
        }
        catch (Exception exception) when (IsTransportFailure(exception, cancellationToken))
        {
            throw NoAnswer(what, exception);
        }
    }

    /// <inheritdoc />
    public Task ReportInvocationErrorAsync(string requestId, LambdaError error, CancellationToken cancellationToken) =>
        PostErrorAsync($"runtime/invocation/{Uri.EscapeDataString(requestId)}/error", error, cancellationToken);

    /// <inheritdoc />
    public Task ReportInitializationErrorAsync(LambdaError error, CancellationToken cancellationToken) =>
        PostErrorAsync("runtime/init/error", error, cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private async Task PostErrorAsync(string path, LambdaError error, CancellationToken cancellationToken)
    {
        var what = "POST /" + path;
        try
        {
            using var content = new ByteArrayContent(error.ToJson());
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
            request.Headers.TryAddWithoutValidation(RuntimeHeaders.ErrorType, error.ErrorType);
            using var response = await _http.SendAsync(request, cancellationToken);
            await EnsureSuccessAsync(response, what, cancellationToken);
        }
        catch (Exception exception) when (IsTransportFailure(exception, cancellationToken))
        {
            throw NoAnswer(what, exception);
        }
    }

    // A refused, reset or half-closed connection; not the caller's own cancellation, which propagates as it is.
    private static bool IsTransportFailure(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException or IOException
        || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private RuntimeApiException NoAnswer(string what, Exception exception) =>
        new($"{what} to the Runtime API at {_hostAndPort} got no answer: {exception.Message}", exception);

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        throw new RuntimeApiException(
            $"{what} answered HTTP {(int)response.StatusCode} {response.StatusCode}: {body}",
            (int)response.StatusCode);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
