using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Flows.Tests.Lint;

/// <summary>DCC5029: a number whose queue, or whose queue's hours, the instance model does not have ends in the error path on every
/// call; lint says so, once per number, at the number's queue key. The rule is NumberPlayability's, shared with the routing matrix.</summary>
public sealed class UnplayableNumberRuleTests
{
    private const string Queue = "arn:aws:connect:us-east-1:123456789012:instance/i/queue/q1";

    private static InstanceModel Load(string queueLines) => InstanceModelLoader.Load($"""
        instance:
          arn: arn:aws:connect:us-east-1:123456789012:instance/i
        hoursOfOperation:
          Business Hours:
            timeZone: America/New_York
            weekly:
              Monday: ["08:00-20:00"]
        queues:
          Support:
            arn: {Queue}
        {queueLines}

        """, "config/instance.yaml").Value!;

    private static Task<LintReport> LintAsync(InstanceModel instance, params DialedNumber[] numbers)
    {
        var routing = LintFixture.Routing() with { DialedNumbers = [.. numbers] };
        return FlowLinter.LintAsync(new LintRequest([], instance) { Routing = routing, RoutingFile = "routing.yaml" }, CancellationToken.None);
    }

    [Fact]
    public async Task Lint_QueueWithoutHours_ReportsTheNumberAndTheQueue()
    {
        // Arrange: the queue is modelled but has no hours, so MainFlow's hours check takes its error branch.
        var instance = Load("");

        // Act
        var finding = (await LintAsync(instance, new DialedNumber("+14443330000", "Support line", Queue, "English"))).Findings.ShouldHaveSingleItem();

        // Assert
        finding.Rule.ShouldBe(LintRules.UnplayableNumber);
        finding.IsError.ShouldBeTrue();
        finding.Message.ShouldBe("every call to +14443330000 ends in the error path: queue 'Support' has no hours of operation in the instance model; "
            + "expected the number's queue in config/instance.yaml (queues: with an arn and hours)");
        finding.Location.File.ShouldBe("routing.yaml");
        finding.Location.Field.ShouldBe("dialedNumbers[\"+14443330000\"].queue");
    }

    [Fact]
    public async Task Lint_DefaultRowWithUnmodelledQueue_NamesTheDefaultRowAndTheKnownQueues()
    {
        // Arrange: instance.yaml refuses a queue naming hours it lacks when it loads, so the unmodelled queue is the other way in.
        var instance = Load("    hours: Business Hours");

        // Act
        var finding = (await LintAsync(instance, new DialedNumber("default", "Main line", Queue + "-gone", "English"))).Findings.ShouldHaveSingleItem();

        // Assert: the default row is named as what it is, the numbers with no row.
        finding.Message.ShouldStartWith($"every call to a number with no row (the 'default' row) ends in the error path: queue '{Queue}-gone' is not a queue of the instance model (expected one of: Support)");
        finding.Location.Field.ShouldBe("dialedNumbers[\"default\"].queue");
    }

    [Fact]
    public async Task Lint_PlayableNumber_HasNoFinding()
    {
        // Arrange
        var instance = Load("    hours: Business Hours");

        // Act
        var report = await LintAsync(instance, new DialedNumber("+14443330000", "Support line", Queue, "English"));

        // Assert
        report.Findings.ShouldBeEmpty();
    }
}
