using System.Text;
using System.Text.Json;
using DynamicContactCenter.Functions.Runtime;
using DynamicContactCenter.Local;
using Microsoft.Extensions.Time.Testing;

namespace DynamicContactCenter.Functions.Tests.Runtime;

/// <summary>The loop against the emulator. The emulator and the loop share one fake clock, so deadlines and timeouts move
/// only when a test advances it: no test races the wall clock.</summary>
public sealed class RuntimeLoopTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 4, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);
    private LocalRuntimeApi _emulator = null!;
    private RuntimeApiClient _client = null!;
    private readonly StringWriter _diagnostics = new();

    public Task InitializeAsync()
    {
        _emulator = LocalRuntimeApi.Start(_time);
        _client = new RuntimeApiClient(_emulator.Address);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _emulator.DisposeAsync();
    }

    public void Dispose()
    {
        _client.Dispose();
        _diagnostics.Dispose();
    }

    [Fact]
    public async Task Run_HandlerThrows_FailsOnlyThatInvocationAndTheNextSucceeds()
    {
        // Arrange
        var sut = new RuntimeLoop(_client, (request, _) =>
        {
            var text = Encoding.UTF8.GetString(request.Body.Span);
            return text.Contains("boom", StringComparison.Ordinal)
                ? throw new InvalidOperationException("handler blew up on " + text)
                : Task.FromResult(InvocationResponse.Success(Encoding.UTF8.GetBytes("""{"echo":"ok"}""")));
        }, _time, _diagnostics);
        using var stop = new CancellationTokenSource();
        var loop = sut.RunAsync(runOnce: false, stop.Token);

        // Act
        var failed = await _emulator.InvokeAsync("\"boom\"");
        var succeeded = await _emulator.InvokeAsync("\"fine\"");
        await stop.CancelAsync();

        // Assert
        failed.Succeeded.ShouldBeFalse();
        failed.ErrorType.ShouldBe(nameof(InvalidOperationException));
        failed.ErrorMessage.ShouldBe("handler blew up on \"boom\"");
        using (var body = JsonDocument.Parse(failed.ErrorBody!))
        {
            body.RootElement.GetProperty("errorType").GetString().ShouldBe(nameof(InvalidOperationException));
            body.RootElement.GetProperty("stackTrace").GetArrayLength().ShouldBeGreaterThan(0);
        }

        succeeded.ResponseJson.ShouldBe("""{"echo":"ok"}""");
        (await loop).ShouldBe(RuntimeExitCodes.Stopped); // Stopping is clean whichever call it interrupts.
    }

    [Fact]
    public async Task Run_HandlerReturnsFailure_PostsErrorWithTypeHeaderAndEmptyStack()
    {
        // Arrange
        var error = new LambdaError("Dcc.InvalidEvent", "DCC4001: The event is not JSON.", []);
        var sut = new RuntimeLoop(_client, (_, _) => Task.FromResult(InvocationResponse.Failure(error)), _time, _diagnostics);

        // Act
        var loop = sut.RunAsync(runOnce: true, CancellationToken.None);
        var result = await _emulator.InvokeAsync("not json");
        var exitCode = await loop;

        // Assert
        exitCode.ShouldBe(0);
        result.ErrorType.ShouldBe("Dcc.InvalidEvent");
        result.ErrorMessage.ShouldBe("DCC4001: The event is not JSON.");
        using var body = JsonDocument.Parse(result.ErrorBody!);
        body.RootElement.GetProperty("stackTrace").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Run_Invocation_PassesRequestIdDeadlineArnAndBodyToTheHandler()
    {
        // Arrange
        InvocationRequest? seen = null;
        var sut = new RuntimeLoop(_client, (request, _) =>
        {
            seen = request;
            return Task.FromResult(InvocationResponse.Success("{}"u8.ToArray()));
        }, _time, _diagnostics);

        // Act
        var loop = sut.RunAsync(runOnce: true, CancellationToken.None);
        await _emulator.InvokeAsync("""{"a":1}""", new LocalInvocationOptions
        {
            RequestId = "req-42",
            Timeout = TimeSpan.FromSeconds(8),
            FunctionArn = "arn:aws:lambda:us-east-1:123456789012:function:dcc-prod-GetPrompts",
        });
        await loop;

        // Assert
        seen.ShouldNotBeNull();
        seen.Context.RequestId.ShouldBe("req-42");
        seen.Context.FunctionArn.ShouldBe("arn:aws:lambda:us-east-1:123456789012:function:dcc-prod-GetPrompts");
        seen.Context.Deadline.ShouldBe(Now.AddSeconds(8));
        seen.Context.TraceId.ShouldStartWith("Root=1-");
        Encoding.UTF8.GetString(seen.Body.Span).ShouldBe("""{"a":1}""");
    }

    [Fact]
    public async Task Run_DeadlinePassesDuringHandler_HandlerTokenIsCancelledAtTheDeadlineNotBefore()
    {
        // Arrange
        var handlerStarted = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        var sut = new RuntimeLoop(_client, async (_, token) =>
        {
            handlerStarted.SetResult(token);
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            return InvocationResponse.Success("{}"u8.ToArray());
        }, _time, _diagnostics);
        var loop = sut.RunAsync(runOnce: true, CancellationToken.None);
        var invocation = _emulator.InvokeAsync("{}", new LocalInvocationOptions { Timeout = TimeSpan.FromSeconds(1) });
        var token = await handlerStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // Act
        _time.Advance(TimeSpan.FromMilliseconds(999));
        var cancelledEarly = token.IsCancellationRequested;
        _time.Advance(TimeSpan.FromMilliseconds(1));

        // Assert: cancelled by the deadline on the shared clock (the emulator gave up at the same instant), then the loop ends.
        cancelledEarly.ShouldBeFalse();
        token.IsCancellationRequested.ShouldBeTrue();
        (await invocation.WaitAsync(TimeSpan.FromSeconds(30))).TimedOut.ShouldBeTrue();
        (await loop.WaitAsync(TimeSpan.FromSeconds(30))).ShouldBe(RuntimeExitCodes.Stopped);
    }

    [Fact]
    public async Task InitError_Reported_FailsWaitingInvocationsWithTheMessage()
    {
        // Arrange
        var pending = _emulator.InvokeAsync("{}");

        // Act
        await _client.ReportInitializationErrorAsync(new LambdaError("Runtime.NoSuchHandler", "DCC4017: Unknown function 'Nope'.", []), CancellationToken.None);
        var result = await pending;

        // Assert
        result.Succeeded.ShouldBeFalse();
        result.ErrorMessage!.ShouldContain("Runtime.NoSuchHandler");
        result.ErrorMessage!.ShouldContain("DCC4017: Unknown function 'Nope'.");
        _emulator.InitErrorBody!.ShouldContain("\"errorType\":\"Runtime.NoSuchHandler\"");
    }

    [Fact]
    public async Task SendResponse_UnknownRequestId_IsRefusedWith400()
    {
        // Act
        var exception = await Should.ThrowAsync<RuntimeApiException>(() => _client.SendResponseAsync("no-such-id", "{}"u8.ToArray(), CancellationToken.None));

        // Assert
        exception.StatusCode.ShouldBe(400);
    }
}
