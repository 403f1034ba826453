using System.Collections.Concurrent;
using System.Net;
using System.Text;
using DynamicContactCenter.Testing;
using System.Text.Json;

namespace DynamicContactCenter.Deploy.Tests.TestSupport;

/// <summary>A loopback HTTP endpoint playing CloudFormation's pre-signed S3 ResponseURL: records every PUT (method, content type, body).</summary>
internal sealed class ResponseUrlServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly ConcurrentQueue<ReceivedAnswer> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);

    public ResponseUrlServer()
    {
        (_listener, var root) = LoopbackHttpListener.Start();
        BaseUrl = $"{root}cloudformation-custom-resource-response";
        _ = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    public IReadOnlyCollection<ReceivedAnswer> Received => _received;

    /// <summary>A URL for one request, so each answer can be matched to the request that asked.</summary>
    public string UrlFor(string requestId) => $"{BaseUrl}/{requestId}?X-Amz-Signature=test";

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            _received.Enqueue(new ReceivedAnswer(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Headers["Content-Type"], body));
            context.Response.StatusCode = 200;
            context.Response.Close();
            _arrived.Release();
        }
    }

    public sealed record ReceivedAnswer(string Method, string Path, string? ContentType, string Body)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;

        public string Status => Json.GetProperty(nameof(Status)).GetString()!;

        public string? Reason => Json.TryGetProperty(nameof(Reason), out var reason) ? reason.GetString() : null;

        public string PhysicalResourceId => Json.GetProperty(nameof(PhysicalResourceId)).GetString()!;
    }
}
