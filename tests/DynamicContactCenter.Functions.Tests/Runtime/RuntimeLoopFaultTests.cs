using DynamicContactCenter.Functions.Runtime;
using DynamicContactCenter.Functions.Tests.TestHelpers;
using Microsoft.Extensions.Time.Testing;

namespace DynamicContactCenter.Functions.Tests.Runtime;

/// <summary>The loop against a Runtime API that refuses, closes or misanswers: retried when transient, otherwise one
/// stderr line and a defined exit code, never an exception out of the loop.</summary>
public sealed class RuntimeLoopFaultTests : IDisposable
{
    // No waiting in these tests: the outcome depends on how many attempts fail, not on how long they take.
    private static readonly RuntimeRetryPolicy Quick = new() { MaxAttempts = 3, FirstDelay = TimeSpan.Zero };

    private readonly StringWriter _diagnostics = new();

    public void Dispose() => _diagnostics.Dispose();

    [Fact]
    public async Task Run_RuntimeApiUnreachableAtStart_ExitsUnreachableWithOneLine()
    {
        // Arrange
        var address = ScriptedRuntimeApi.UnreachableAddress();
        using var client = new RuntimeApiClient(address);

        // Act
        var exitCode = await Loop(client).RunAsync(runOnce: false, CancellationToken.None);

        // Assert
        exitCode.ShouldBe(RuntimeExitCodes.RuntimeApiUnreachable);
        var line = DiagnosticLines().ShouldHaveSingleItem();
        line.ShouldStartWith(FunctionMessages.RuntimeApiUnreachable.Code);
        line.ShouldContain(address);
    }

    [Fact]
    public async Task Run_NextAnswers404_ExitsProtocolErrorNamingTheStatus()
    {
        // Arrange
        using var api = new ScriptedRuntimeApi(ScriptedRuntimeApi.Answer.Status(404, """{"errorMessage":"Unknown path"}"""));
        using var client = new RuntimeApiClient(api.Address);

        // Act
        var exitCode = await Loop(client).RunAsync(runOnce: false, CancellationToken.None);

        // Assert
        exitCode.ShouldBe(RuntimeExitCodes.RuntimeApiProtocolError);
        var line = DiagnosticLines().ShouldHaveSingleItem();
        line.ShouldStartWith(FunctionMessages.RuntimeApiProtocolError.Code);
        line.ShouldContain("GET /runtime/invocation/next answered HTTP 404");
        api.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Run_NextWithoutRequestId_ExitsProtocolErrorNamingTheHeader()
    {
        // Arrange
        using var api = new ScriptedRuntimeApi(ScriptedRuntimeApi.Answer.Status(200, "{}"));
        using var client = new RuntimeApiClient(api.Address);

        // Act
        var exitCode = await Loop(client).RunAsync(runOnce: false, CancellationToken.None);

        // Assert
        exitCode.ShouldBe(RuntimeExitCodes.RuntimeApiProtocolError);
        DiagnosticLines().ShouldHaveSingleItem().ShouldContain("without a Lambda-Runtime-Aws-Request-Id header");
    }

    [Fact]
    public async Task Run_NextConnectionClosedTwice_RetriesAndServesTheEvent()
    {
        // Arrange
        using var api = new ScriptedRuntimeApi(
            ScriptedRuntimeApi.Answer.Close(),
            ScriptedRuntimeApi.Answer.Close(),
            ScriptedRuntimeApi.Answer.Event("req-1"),
            ScriptedRuntimeApi.Answer.Accepted());
        using var client = new RuntimeApiClient(api.Address);

        // Act
        var exitCode = await Loop(client).RunAsync(runOnce: true, CancellationToken.None);

        // Assert
        exitCode.ShouldBe(RuntimeExitCodes.Stopped);
        api.Requests.ShouldBe([
            "GET /2018-06-01/runtime/invocation/next",
            "GET /2018-06-01/runtime/invocation/next",
            "GET /2018-06-01/runtime/invocation/next",
            "POST /2018-06-01/runtime/invocation/req-1/response",
        ]);
        _diagnostics.ToString().ShouldBeEmpty();
    }

    [Fact]
    public async Task Run_ResponseConnectionClosedOnce_RetriesThePost()
    {
        // Arrange
        using var api = new ScriptedRuntimeApi(
            ScriptedRuntimeApi.Answer.Event("req-2"),
            ScriptedRuntimeApi.Answer.Close(),
            ScriptedRuntimeApi.Answer.Accepted());
        using var client = new RuntimeApiClient(api.Address);

        // Act
        var exitCode = await Loop(client).RunAsync(runOnce: true, CancellationToken.None);

        // Assert
        exitCode.ShouldBe(RuntimeExitCodes.Stopped);
        api.Requests.Count(r => r == "POST /2018-06-01/runtime/invocation/req-2/response").ShouldBe(2);
    }

    [Fact]
    public async Task Run_ResponseConnectionClosedEveryAttempt_ExitsUnreachable()
    {
        // Arrange
        using var api = new ScriptedRuntimeApi(ScriptedRuntimeApi.Answer.Event("req-3"));
        using var client = new RuntimeApiClient(api.Address);

        // Act
        var exitCode = await Loop(client).RunAsync(runOnce: false, CancellationToken.None);

        // Assert
        exitCode.ShouldBe(RuntimeExitCodes.RuntimeApiUnreachable);
        api.Requests.Count(r => r.EndsWith("/req-3/response", StringComparison.Ordinal)).ShouldBe(Quick.MaxAttempts);
        DiagnosticLines().ShouldHaveSingleItem().ShouldContain("POST /runtime/invocation/req-3/response");
    }

    [Fact]
    public async Task Run_TransientFailure_WaitsTheBackoffOnTheInjectedClockBeforeRetrying()
    {
        // Arrange
        var time = new TimerCountingTimeProvider();
        using var api = new ScriptedRuntimeApi(
            ScriptedRuntimeApi.Answer.Status(503),
            ScriptedRuntimeApi.Answer.Event("req-4"),
            ScriptedRuntimeApi.Answer.Accepted());
        using var client = new RuntimeApiClient(api.Address);
        // MaxDelay too: its default (1 s) would cap the 5 s backoff, and the advance just short of 5 s would fire the retry.
        var policy = new RuntimeRetryPolicy { MaxAttempts = 2, FirstDelay = TimeSpan.FromSeconds(5), MaxDelay = TimeSpan.FromSeconds(5) };
        var loop = new RuntimeLoop(client, Echo, time, _diagnostics, policy).RunAsync(runOnce: true, CancellationToken.None);
        await WaitUntilAsync(() => api.Requests.Count == 1 && time.TimersCreated > 0);

        // Act: just short of the backoff nothing is retried; at the backoff the retry goes out and the event is served.
        time.Advance(TimeSpan.FromSeconds(5) - TimeSpan.FromMilliseconds(1));
        var retriedEarly = api.Requests.Count > 1;
        time.Advance(TimeSpan.FromMilliseconds(1));
        var exitCode = await loop.WaitAsync(TimeSpan.FromSeconds(30));

        // Assert
        retriedEarly.ShouldBeFalse();
        exitCode.ShouldBe(RuntimeExitCodes.Stopped);
        api.Requests.Count.ShouldBe(3);
    }

    private string[] DiagnosticLines() => _diagnostics.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private RuntimeLoop Loop(RuntimeApiClient client) => new(client, Echo, TimeProvider.System, _diagnostics, Quick);

    private static Task<InvocationResponse> Echo(InvocationRequest request, CancellationToken token) =>
        Task.FromResult(InvocationResponse.Success("""{"ok":true}"""u8.ToArray()));

    /// <summary>A fake clock that tells when someone starts waiting on it, so the test advances it only after the wait began.</summary>
    private sealed class TimerCountingTimeProvider : FakeTimeProvider
    {
        private int _timersCreated;

        public int TimersCreated => Volatile.Read(ref _timersCreated);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            Interlocked.Increment(ref _timersCreated);
            return timer;
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
