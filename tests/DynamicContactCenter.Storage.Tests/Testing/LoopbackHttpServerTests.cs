using System.Net;
using System.Text;
using DynamicContactCenter.Testing;
using Microsoft.AspNetCore.Http;

namespace DynamicContactCenter.Storage.Tests.Testing;

public sealed class LoopbackHttpServerTests
{
    [Fact]
    public async Task Request_IsRecordedAndAnsweredAsTheFakeSays()
    {
        // Arrange
        using var server = new LoopbackHttpServer((request, response, token) =>
        {
            response.StatusCode = (int)HttpStatusCode.Accepted;
            return response.WriteAsync($"saw {request.Method} {request.Path}?{request.Query}", token);
        });
        using var client = new HttpClient();

        // Act
        using var answer = await client.PutAsync(new Uri(server.Url, "stack/one?X-Amz-Signature=test"),
            new StringContent("{\"Status\":\"SUCCESS\"}", Encoding.UTF8, "application/json"));

        // Assert
        answer.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await answer.Content.ReadAsStringAsync()).ShouldBe("saw PUT /stack/one?X-Amz-Signature=test");
        var received = server.Received.ShouldHaveSingleItem();
        received.Text.ShouldBe("{\"Status\":\"SUCCESS\"}");
        received.Header("Content-Type").ShouldBe("application/json; charset=utf-8");
    }

    [Fact]
    public void Start_TwoServers_EachOnItsOwnLoopbackPort()
    {
        // Act: port 0, the system picks a free port while binding (no probe another process could race).
        using var first = new LoopbackHttpServer((_, _, _) => Task.CompletedTask);
        using var second = new LoopbackHttpServer((_, _, _) => Task.CompletedTask);

        // Assert
        first.Url.Host.ShouldBe("127.0.0.1");
        first.Url.Port.ShouldNotBe(second.Url.Port);
    }

    [Fact]
    public async Task Dispose_AnswerStillWaiting_StopsPromptly()
    {
        // Arrange: an answer that waits until the server stops (a hanging ResponseURL).
        var server = new LoopbackHttpServer((_, _, token) => Task.Delay(Timeout.Infinite, token));
        using var client = new HttpClient();
        var pending = client.GetAsync(server.Url);
        await WaitUntilAsync(() => server.Received.Count == 1);
        var started = DateTimeOffset.UtcNow;

        // Act
        server.Dispose();

        // Assert
        (DateTimeOffset.UtcNow - started).ShouldBeLessThan(TimeSpan.FromSeconds(2));
        await Should.ThrowAsync<HttpRequestException>(async () => (await pending).EnsureSuccessStatusCode());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        condition().ShouldBeTrue();
    }
}
