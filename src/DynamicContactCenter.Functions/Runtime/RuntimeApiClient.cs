using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace DynamicContactCenter.Functions.Runtime;

/// <summary>The Lambda Runtime API over HTTP: <c>http://{AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime/...</c>.</summary>
internal sealed class RuntimeApiClient : IRuntimeApiClient, IDisposable
{
    private readonly HttpClient _http;

    /// <summary>Creates a client for the Runtime API at <paramref name="hostAndPort"/> (the value of <c>AWS_LAMBDA_RUNTIME_API</c>).</summary>
    public RuntimeApiClient(string hostAndPort)
    {
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
        using var response = await _http.GetAsync("runtime/invocation/next", HttpCompletionOption.ResponseContentRead, cancellationToken);
        await EnsureSuccessAsync(response, "GET /runtime/invocation/next", cancellationToken);

        var requestId = Header(response, RuntimeHeaders.RequestId)
            ?? throw new RuntimeApiException($"GET /runtime/invocation/next answered without a {RuntimeHeaders.RequestId} header.", (int)response.StatusCode);
        var deadlineText = Header(response, RuntimeHeaders.Deadline);
        var deadline = long.TryParse(deadlineText, NumberStyles.None, CultureInfo.InvariantCulture, out var deadlineMs)
            ? DateTimeOffset.FromUnixTimeMilliseconds(deadlineMs)
            : DateTimeOffset.MaxValue;
        var context = new InvocationContext(requestId, deadline, Header(response, RuntimeHeaders.FunctionArn) ?? "", Header(response, RuntimeHeaders.TraceId));
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return new InvocationRequest(body, context);
    }

    /// <inheritdoc />
    public async Task SendResponseAsync(string requestId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        using var content = new ReadOnlyMemoryContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _http.PostAsync($"runtime/invocation/{Uri.EscapeDataString(requestId)}/response", content, cancellationToken);
        await EnsureSuccessAsync(response, $"POST /runtime/invocation/{requestId}/response", cancellationToken);
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
        using var content = new ByteArrayContent(error.ToJson());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.TryAddWithoutValidation(RuntimeHeaders.ErrorType, error.ErrorType);
        using var response = await _http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, "POST /" + path, cancellationToken);
    }

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
