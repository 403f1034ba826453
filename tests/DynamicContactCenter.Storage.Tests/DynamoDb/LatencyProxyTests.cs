using System.Diagnostics;
using System.Text;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Storage.Tests.DynamoDb;

/// <summary>The loopback latency proxy (<see cref="HoldingProxy.Delay"/>) the benchmarks put in front of dynalite (issue #15).</summary>
[Collection(Dynalite.CollectionName)]
[Trait("Category", "Integration")]
[Trait("Issue", "15")]
public sealed class LatencyProxyTests(DynaliteFixture dynalite)
{
    [Fact]
    public async Task Delay_EveryRequest_IsHeldAtLeastThatLongAndAnsweredWithTheServersExactBytes()
    {
        // Arrange: the same DescribeTable sent to dynalite directly and through the proxy at 100 ms.
        var tables = await dynalite.CreateTablesAsync();
        await using var proxy = new HoldingProxy(dynalite.ServiceUrl) { Delay = TimeSpan.FromMilliseconds(100) };
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });

        // Act
        var direct = await DescribeAsync(http, dynalite.ServiceUrl, tables.DialedNumbers);
        var clock = Stopwatch.StartNew();
        var proxied = new List<(int Status, byte[] Body)>();
        for (var i = 0; i < 3; i++)
        {
            proxied.Add(await DescribeAsync(http, proxy.Url, tables.DialedNumbers));
        }

        clock.Stop();

        // Assert: a lower bound only (three requests, each delayed 100 ms); speed is never asserted.
        clock.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(300));
        direct.Status.ShouldBe(200);
        Encoding.UTF8.GetString(direct.Body).ShouldContain(tables.DialedNumbers);
        proxied.ShouldAllBe(p => p.Status == direct.Status && p.Body.SequenceEqual(direct.Body));
    }

    /// <summary>A raw DynamoDB JSON request (dynalite checks the Authorization header's shape, not its signature).</summary>
    private static async Task<(int Status, byte[] Body)> DescribeAsync(HttpClient http, Uri endpoint, string table)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent($"{{\"TableName\":\"{table}\"}}", Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new("application/x-amz-json-1.0");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "DynamoDB_20120810.DescribeTable");
        request.Headers.TryAddWithoutValidation("X-Amz-Date", "20261129T000000Z");
        request.Headers.TryAddWithoutValidation("Authorization",
            "AWS4-HMAC-SHA256 Credential=dcc-test/20261129/us-east-1/dynamodb/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=00");
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }
}
