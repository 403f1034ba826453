using System.Text;
using DynamicContactCenter.Functions.Handlers;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Functions.Tests.TestHelpers;

namespace DynamicContactCenter.Functions.Tests.Hosting;

/// <summary>A handler stopped by the deadline answers with a Dcc.* type and a log line, never a TaskCanceledException.</summary>
public sealed class DeadlineExceededTests
{
    [Fact]
    public async Task Invoke_StoppedAtTheDeadline_IsDccDeadlineExceededAndLogged()
    {
        // Arrange
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var log = new StringWriter();
        var sut = new FunctionHost(new NeverAnsweringStore(), new FunctionHostOptions { TimeProvider = time, Log = log });
        var deadline = time.GetUtcNow() + TimeSpan.FromSeconds(1);
        using var atDeadline = new CancellationTokenSource(TimeSpan.FromSeconds(1), time);
        var json = Encoding.UTF8.GetBytes(ConnectEvents.Create());

        // Act
        var invocation = sut.InvokeAsync(FunctionNames.GetDynAttributes, json, "req-late", deadline, atDeadline.Token);
        time.Advance(TimeSpan.FromSeconds(1));
        var outcome = await invocation.WaitAsync(TimeSpan.FromSeconds(30));

        // Assert
        outcome.ErrorType.ShouldBe(ErrorTypes.DeadlineExceeded);
        outcome.ErrorMessage.ShouldStartWith(FunctionMessages.DeadlineExceeded.Code);
        log.ToString().ShouldContain("\"errorType\":\"Dcc.DeadlineExceeded\"");
    }

    private sealed class NeverAnsweringStore : Routing.IRoutingStore
    {
        public async ValueTask<Routing.Model.EnvironmentEntry?> GetEnvironmentAsync(string environment, CancellationToken cancellationToken) =>
            await Never<Routing.Model.EnvironmentEntry>(cancellationToken);

        public async ValueTask<Routing.Model.DialedNumber?> GetDialedNumberAsync(string number, CancellationToken cancellationToken) =>
            await Never<Routing.Model.DialedNumber>(cancellationToken);

        public async ValueTask<Routing.Model.PromptSet?> GetPromptSetAsync(string language, CancellationToken cancellationToken) =>
            await Never<Routing.Model.PromptSet>(cancellationToken);

        private static async Task<T?> Never<T>(CancellationToken cancellationToken) where T : class
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            return null;
        }
    }
}
