using System.Diagnostics;
using System.Text;
using DynamicContactCenter.Functions.Handlers;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Functions.Tests.TestHelpers;
using DynamicContactCenter.Testing;
using Microsoft.Extensions.Time.Testing;

namespace DynamicContactCenter.Functions.Tests.Seeding;

/// <summary>How SeedTables answers CloudFormation (issue #10 item 10): only to an AWS https ResponseURL, never following a
/// redirect, within its own budget, with the first errors of a long reason, and with the properties' YAML inside the budget.</summary>
public sealed class SeedTablesAnswerTests : IDisposable
{
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RealWait = TimeSpan.FromSeconds(10);
    private readonly ResponseUrlServer _responseUrl = new();
    private readonly FakeSeedTarget _target = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 29, 4, 0, 0, TimeSpan.Zero));

    public void Dispose() => _responseUrl.Dispose();

    [Fact]
    public async Task ResponseUrl_LoopbackWithoutTheTestOverride_IsRefusedBeforeAnythingIsWritten()
    {
        // Arrange: as deployed, DCC_ALLOW_LOOPBACK_RESPONSE_URL is not set.
        var sut = new FunctionHost(new FakeRoutingStore(SampleRoutingData.Tenant()), new FunctionHostOptions { SeedTarget = _target });

        // Act
        var outcome = await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Create(_responseUrl.Url));

        // Assert
        outcome.ErrorType.ShouldBe(ErrorTypes.CustomResourceResponseFailed);
        outcome.ErrorMessage!.ShouldStartWith(FunctionMessages.NoResponseUrl.Code);
        outcome.ErrorMessage.ShouldContain("is not https");
        outcome.ErrorMessage.ShouldNotContain("X-Amz-Signature", Case.Insensitive, "the URL's signature is never echoed");
        _responseUrl.Received.ShouldBeEmpty();
        _target.Writes.ShouldBeEmpty();
    }

    [Fact]
    public async Task Put_AnsweredWithARedirect_IsNotFollowed()
    {
        // Arrange
        using var elsewhere = new ResponseUrlServer();
        _responseUrl.RedirectTo = elsewhere.Url;

        // Act
        var outcome = await CreateSut().InvokeAsync(FunctionNames.SeedTables, SeedRequests.Create(_responseUrl.Url));

        // Assert
        _responseUrl.Received.ShouldHaveSingleItem();
        elsewhere.Received.ShouldBeEmpty("the answer goes to the pre-signed URL and nowhere else");
        outcome.ErrorType.ShouldBe(ErrorTypes.CustomResourceResponseFailed);
        outcome.ErrorMessage!.ShouldStartWith(FunctionMessages.ResponseUrlRefused.Code);
        outcome.ErrorMessage.ShouldContain("HTTP 307");
    }

    [Fact]
    public async Task Put_ResponseUrlNeverAnswers_GivesUpWithinTheMarginNotAtTheDeadline()
    {
        // Arrange: fifteen minutes left; the ResponseURL reads the answer and never replies.
        _responseUrl.Hang = true;
        var deadline = _clock.GetUtcNow().AddMinutes(15);

        // Act
        var invocation = CreateSut().InvokeAsync(FunctionNames.SeedTables, Encoding.UTF8.GetBytes(SeedRequests.Create(_responseUrl.Url)), "req", deadline, default);
        await WaitUntilAsync(() => _responseUrl.Received.Count == 1);
        _clock.Advance(Margin);
        var outcome = await invocation.WaitAsync(RealWait);

        // Assert
        outcome.ErrorType.ShouldBe(ErrorTypes.CustomResourceResponseFailed);
        outcome.ErrorMessage!.ShouldStartWith(FunctionMessages.ResponseUrlTimedOut.Code);
        outcome.ErrorMessage.ShouldContain("SUCCESS");
        _clock.GetUtcNow().ShouldBeLessThan(deadline - Margin + TimeSpan.FromSeconds(1), "gave up long before the deadline");
    }

    [Fact]
    public async Task Response_LongReasonOfMultiByteCharacters_KeepsTheFirstErrorsUpTo4096Bytes()
    {
        // Arrange: three hundred invalid numbers, each with multi-byte characters, give a reason far over 4 KB.
        var numbers = Enumerable.Range(0, 300).Select(i => $"☎☎☎☎☎☎☎☎-番号-{i}").ToArray();

        // Act
        await CreateSut().InvokeAsync(FunctionNames.SeedTables, SeedRequests.Create(_responseUrl.Url, SeedRequests.Properties(numbers: numbers)));

        // Assert
        var answer = _responseUrl.Received.ShouldHaveSingleItem();
        Encoding.UTF8.GetByteCount(answer.Body).ShouldBeLessThanOrEqualTo(4096);
        var reason = answer.Reason!;
        reason.ShouldStartWith(FunctionMessages.SeedValidationFailed.Code);
        reason.ShouldContain("☎☎☎☎☎☎☎☎-番号-0");
        reason.ShouldEndWith("...");
        Encoding.UTF8.GetByteCount(reason).ShouldBeGreaterThan(3500, "the cut keeps as much as fits, counted in bytes");
    }

    [Fact]
    public async Task Create_RoutingYamlThatWouldTakeLongToParse_IsAnsweredFailedBeforeAnyTimePasses()
    {
        // Arrange: a complex key over nested aliases, which YAML readers take seconds to hash. SafeYaml refuses it while scanning
        // the events, before anything is built, so the answer never waits on the work budget. (The budget running out during the
        // writes is SeedTablesFunctionTests' case.) The clock is not advanced here: advancing it while the answer's PUT is in
        // flight would cancel that PUT on its own fake-clock timer, a race this test used to lose on a loaded machine.
        var request = SeedRequests.Create(_responseUrl.Url, SeedRequests.Properties(routingYaml: SlowYaml(depth: 9)));
        var deadline = _clock.GetUtcNow().AddMinutes(15);

        // Act
        var outcome = await CreateSut().InvokeAsync(FunctionNames.SeedTables, Encoding.UTF8.GetBytes(request), "req", deadline, default).WaitAsync(RealWait);

        // Assert: FAILED naming the routing YAML, nothing written, and no time passed on the function's clock.
        var answer = _responseUrl.Received.ShouldHaveSingleItem();
        answer.Status.ShouldBe("FAILED");
        answer.Reason!.ShouldStartWith(FunctionMessages.RoutingYamlInvalid.Code);
        _target.Writes.ShouldBeEmpty();
        outcome.Succeeded.ShouldBeFalse();
        _clock.GetUtcNow().ShouldBe(deadline.AddMinutes(-15));
    }

    private static string SlowYaml(int depth)
    {
        var lines = new List<string> { "l0: &a0 [x, x, x, x, x, x, x, x]" };
        for (var i = 1; i <= depth; i++)
        {
            var previous = $"*a{i - 1}";
            lines.Add($"l{i}: &a{i} [{string.Join(", ", Enumerable.Repeat(previous, 8))}]");
        }

        lines.Add($"? *a{depth}");
        lines.Add(": 1");
        return string.Join('\n', lines) + "\n";
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            waited.Elapsed.ShouldBeLessThan(RealWait, "the condition never held");
            await Task.Delay(20);
        }
    }

    private FunctionHost CreateSut() =>
        new(new FakeRoutingStore(SampleRoutingData.Tenant()), new FunctionHostOptions
        {
            SeedTarget = _target,
            CustomResourceMargin = Margin,
            TimeProvider = _clock,
            AllowLoopbackResponseUrl = true,
        });
}
