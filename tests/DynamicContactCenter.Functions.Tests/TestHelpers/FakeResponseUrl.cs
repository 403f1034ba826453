using System.Net;
using System.Text;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Functions.Tests.TestHelpers;

/// <summary>A loopback HTTP endpoint standing in for CloudFormation's pre-signed S3 ResponseURL: records each PUT.</summary>
internal sealed class FakeResponseUrl : IDisposable
{
    private readonly HttpListener _listener;
    private readonly Task _serving;

    public FakeResponseUrl(HttpStatusCode status = HttpStatusCode.OK)
    {
        Status = status;
        (_listener, var root) = LoopbackHttpListener.Start();
        Url = $"{root}cloudformation-response/stack?X-Amz-Signature=abc";
        _serving = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public HttpStatusCode Status { get; set; }

    public List<ReceivedPut> Received { get; } = [];

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
            lock (Received)
            {
                Received.Add(new ReceivedPut(context.Request.HttpMethod, context.Request.Headers["Content-Type"], context.Request.ContentLength64, body));
            }

            context.Response.StatusCode = (int)Status;
            context.Response.Close();
        }
    }

    public sealed record ReceivedPut(string Method, string? ContentType, long ContentLength, string Body);
}
