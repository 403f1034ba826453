using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace DynamicContactCenter.Testing;

/// <summary>
/// The one loopback HTTP endpoint playing CloudFormation's pre-signed S3 ResponseURL in tests: records every request
/// (method, path, content type and length, body) and answers as told: a status, a redirect, or never (a hanging URL).
/// </summary>
/// <remarks>SeedTables accepts an http://127.0.0.1 ResponseURL only with DCC_ALLOW_LOOPBACK_RESPONSE_URL set (or the
/// matching FunctionHostOptions), so the tests that use this server set it.</remarks>
public sealed class ResponseUrlServer : IDisposable
{
    private readonly LoopbackHttpServer _server;

    /// <summary>Starts listening on a free loopback port.</summary>
    public ResponseUrlServer()
    {
        _server = new LoopbackHttpServer(AnswerAsync);
        BaseUrl = $"http://127.0.0.1:{_server.Url.Port}/cloudformation-custom-resource-response";
    }

    /// <summary>The URL every answer path starts with.</summary>
    public string BaseUrl { get; }

    /// <summary>A URL shaped like a pre-signed one.</summary>
    public string Url => UrlFor("stack");

    /// <summary>The status every request gets (default 200).</summary>
    public HttpStatusCode AnswerStatus { get; set; } = HttpStatusCode.OK;

    /// <summary>When set, every request is answered 307 with this Location instead.</summary>
    public string? RedirectTo { get; set; }

    /// <summary>When true, requests are read and recorded but never answered (until disposal).</summary>
    public bool Hang { get; set; }

    /// <summary>What arrived so far, in order.</summary>
    public IReadOnlyList<ReceivedAnswer> Received =>
        [.. _server.Received.Select(r => new ReceivedAnswer(r.Method, r.Path, r.Header("Content-Type"),
            long.TryParse(r.Header("Content-Length"), out var length) ? length : -1, r.Text))];

    /// <summary>A URL for one request, so each answer can be matched to the request that asked.</summary>
    public string UrlFor(string requestId) => $"{BaseUrl}/{requestId}?X-Amz-Signature=test";

    /// <inheritdoc />
    public void Dispose() => _server.Dispose();

    private async Task AnswerAsync(LoopbackRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        if (Hang)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        if (RedirectTo is { } location)
        {
            response.StatusCode = (int)HttpStatusCode.TemporaryRedirect;
            response.Headers.Location = location;
        }
        else
        {
            response.StatusCode = (int)AnswerStatus;
        }
    }

    /// <summary>One request as it arrived.</summary>
    /// <param name="Method">The HTTP method.</param>
    /// <param name="Path">The URL path (no query).</param>
    /// <param name="ContentType">The Content-Type header, or null.</param>
    /// <param name="ContentLength">The Content-Length header (-1 when absent).</param>
    /// <param name="Body">The body as UTF-8 text.</param>
    public sealed record ReceivedAnswer(string Method, string Path, string? ContentType, long ContentLength, string Body)
    {
        /// <summary>The body as JSON.</summary>
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;

        /// <summary>SUCCESS or FAILED.</summary>
        public string Status => Json.GetProperty(nameof(Status)).GetString()!;

        /// <summary>The reason, when there is one.</summary>
        public string? Reason => Json.TryGetProperty(nameof(Reason), out var reason) ? reason.GetString() : null;

        /// <summary>The physical resource id answered.</summary>
        public string PhysicalResourceId => Json.GetProperty(nameof(PhysicalResourceId)).GetString()!;
    }
}
