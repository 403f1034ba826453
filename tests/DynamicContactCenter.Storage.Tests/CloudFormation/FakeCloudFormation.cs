using System.Net;
using DynamicContactCenter.Testing;
using Microsoft.AspNetCore.Http;

namespace DynamicContactCenter.Storage.Tests.CloudFormation;

/// <summary>
/// CloudFormation's Query endpoint on 127.0.0.1: records every request, checks its SigV4 signature with
/// <see cref="SigV4Reference"/> for a known secret key, and answers with <see cref="Status"/> and <see cref="Body"/>.
/// </summary>
internal sealed class FakeCloudFormation : IDisposable
{
    private readonly LoopbackHttpServer _server;
    private readonly string _secretKey;

    public FakeCloudFormation(string secretKey)
    {
        _secretKey = secretKey;
        _server = new LoopbackHttpServer(AnswerAsync);
    }

    public Uri Endpoint => _server.Url;

    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    public string Body { get; set; } = "";

    public IReadOnlyList<ReceivedRequest> Received =>
        [.. _server.Received.Select(r => new ReceivedRequest(r.Method, r.Path, r.Headers, r.Text, SignatureHolds(r)))];

    public void Dispose() => _server.Dispose();

    private async Task AnswerAsync(LoopbackRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        response.StatusCode = (int)Status;
        response.ContentType = "text/xml";
        await response.WriteAsync(Body, cancellationToken);
    }

    private bool SignatureHolds(LoopbackRequest request)
    {
        if (SigV4Reference.Parse(request.Header("authorization")) is not { } parts || request.Header("x-amz-date") is not { } amzDate)
        {
            return false;
        }

        var signed = parts.SignedHeaders.Split(';').Select(name => new KeyValuePair<string, string>(name, request.Header(name) ?? ""));
        var expected = SigV4Reference.Sign(_secretKey, amzDate, parts.Region, parts.Service, request.Method, request.Path, request.Query, signed, request.Body, out _);
        return expected == parts.Signature;
    }

    /// <summary>One request as the endpoint saw it; header names lower-case.</summary>
    public sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, bool SignatureValid)
    {
        public SigV4Reference.AuthorizationParts? Authorization => SigV4Reference.Parse(Headers.GetValueOrDefault("authorization"));
    }
}
