using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DynamicContactCenter.Functions.Tests.TestHelpers;

/// <summary>
/// A loopback Runtime API that misbehaves on cue: each request gets the next scripted answer (a status with headers, or a
/// connection closed without a word), which <c>LocalRuntimeApi</c>, a faithful emulator, never does. One request per
/// connection (<c>Connection: close</c>), so "closed" is exactly what a client sees when the API goes away mid-call.
/// </summary>
internal sealed class ScriptedRuntimeApi : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentQueue<Answer> _script;

    public ScriptedRuntimeApi(params Answer[] script)
    {
        _script = new ConcurrentQueue<Answer>(script);
        _listener.Start();
        Address = $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _ = Task.Run(ServeAsync);
    }

    /// <summary>host:port, the value for <c>AWS_LAMBDA_RUNTIME_API</c>.</summary>
    public string Address { get; }

    /// <summary>The requests received, as "METHOD /path", in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>A host:port where nothing listens (a port just released), for "the API is unreachable".</summary>
    public static string UnreachableAddress()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return $"127.0.0.1:{port}";
    }

    public void Dispose() => _listener.Stop();

    private async Task ServeAsync()
    {
        while (true)
        {
            TcpClient connection;
            try
            {
                connection = await _listener.AcceptTcpClientAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using (connection)
            {
                try
                {
                    await AnswerAsync(connection.GetStream());
                }
                catch (IOException)
                {
                    // The client gave up first; the next request gets the next answer.
                }
            }
        }
    }

    private async Task AnswerAsync(NetworkStream stream)
    {
        var head = await ReadHeadAsync(stream);
        var requestLine = head.Split("\r\n")[0].Split(' ');
        Requests.Enqueue($"{requestLine[0]} {requestLine[1]}");
        var answer = _script.TryDequeue(out var next) ? next : Answer.Close();
        if (answer.StatusCode == 0)
        {
            return; // Closed without an answer.
        }

        var body = Encoding.UTF8.GetBytes(answer.Body);
        var text = new StringBuilder($"HTTP/1.1 {answer.StatusCode} Scripted\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n");
        foreach (var (name, value) in answer.Headers)
        {
            text.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        text.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(text.ToString()));
        await stream.WriteAsync(body);
    }

    // Reads the request head and drains a Content-Length body, so closing never resets a half-read request.
    private static async Task<string> ReadHeadAsync(NetworkStream stream)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (!(bytes.Count >= 4 && bytes[^4] == '\r' && bytes[^3] == '\n' && bytes[^2] == '\r' && bytes[^1] == '\n'))
        {
            if (await stream.ReadAsync(one) == 0)
            {
                break;
            }

            bytes.Add(one[0]);
        }

        var head = Encoding.ASCII.GetString([.. bytes]);
        var length = head.Split("\r\n")
            .Where(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Select(line => int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault();
        var body = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = await stream.ReadAsync(body.AsMemory(read));
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return head;
    }

    /// <summary>One scripted answer; status 0 closes the connection without one.</summary>
    public sealed record Answer(int StatusCode, string Body, IReadOnlyDictionary<string, string> Headers)
    {
        public static Answer Close() => new(0, "", new Dictionary<string, string>());

        public static Answer Status(int statusCode, string body = "") => new(statusCode, body, new Dictionary<string, string>());

        public static Answer Event(string requestId, string body = "{}") => new(200, body, new Dictionary<string, string>
        {
            ["Lambda-Runtime-Aws-Request-Id"] = requestId,
            ["Lambda-Runtime-Deadline-Ms"] = "4102444800000",
        });

        public static Answer Accepted() => Status(202, """{"status":"OK"}""");
    }
}
