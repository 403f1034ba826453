using System.Net;
using DynamicContactCenter.Local;
using Microsoft.Extensions.Time.Testing;

namespace DynamicContactCenter.Functions.Tests.Local;

/// <summary>The emulator on a fake clock: a timeout happens when the test advances the clock, never by a wall-clock race.</summary>
public sealed class LocalRuntimeApiTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Invoke_NobodyPolls_ReportsTimeoutWithCode()
    {
        // Arrange
        await using var sut = LocalRuntimeApi.Start(_time);

        // Act
        var invocation = sut.InvokeAsync("{}", new LocalInvocationOptions { Timeout = TimeSpan.FromMilliseconds(300) });
        _time.Advance(TimeSpan.FromMilliseconds(300));
        var result = await invocation.WaitAsync(TimeSpan.FromSeconds(30));

        // Assert
        result.TimedOut.ShouldBeTrue();
        result.ErrorMessage.ShouldStartWith("DCC4501");
        sut.EventsServed.ShouldBe(0);
    }

    [Fact]
    public async Task Next_AfterTimedOutEvent_SkipsItAndServesTheNextOne()
    {
        // Arrange
        await using var sut = LocalRuntimeApi.Start(_time);
        using var http = new HttpClient { BaseAddress = new Uri($"http://{sut.Address}/2018-06-01/runtime/") };
        var abandoned = sut.InvokeAsync("\"abandoned\"", new LocalInvocationOptions { Timeout = TimeSpan.FromMilliseconds(100) });
        _time.Advance(TimeSpan.FromMilliseconds(100));
        (await abandoned.WaitAsync(TimeSpan.FromSeconds(30))).TimedOut.ShouldBeTrue();
        var pending = sut.InvokeAsync("\"wanted\"", new LocalInvocationOptions { RequestId = "wanted-1" });

        // Act
        using var next = await http.GetAsync(new Uri("invocation/next", UriKind.Relative));
        var body = await next.Content.ReadAsStringAsync();
        using var posted = await http.PostAsync(new Uri("invocation/wanted-1/response", UriKind.Relative), new StringContent("{\"ok\":true}"));
        var result = await pending;

        // Assert
        body.ShouldBe("\"wanted\"");
        next.Headers.GetValues("Lambda-Runtime-Aws-Request-Id").ShouldBe(["wanted-1"]);
        next.Headers.Contains("Lambda-Runtime-Deadline-Ms").ShouldBeTrue();
        posted.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        result.ResponseJson.ShouldBe("{\"ok\":true}");
    }

    [Fact]
    public async Task UnknownPath_Returns404()
    {
        // Arrange
        await using var sut = LocalRuntimeApi.Start();
        using var http = new HttpClient();

        // Act
        using var response = await http.GetAsync(new Uri($"http://{sut.Address}/2018-06-01/other"));

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
