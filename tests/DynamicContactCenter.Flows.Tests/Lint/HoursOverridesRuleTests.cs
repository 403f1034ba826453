using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Flows.Tests.Lint;

/// <summary>DCC5020-5023: the instance model's hours of operation fit Amazon Connect's rules for hours and overrides, so what
/// <c>dcc call</c> simulates is what <c>dcc package --instance-resources create</c> can deploy. Each test seeds one defect.</summary>
public sealed class HoursOverridesRuleTests
{
    private const string Hours = """
        instance:
          arn: arn:aws:connect:us-east-1:123456789012:instance/i
        hoursOfOperation:
          Business Hours:
            timeZone: America/New_York
            weekly:
              Monday: ["08:00-20:00"]

        """;

    [Fact]
    public async Task Lint_ShippedInstanceModel_HasNoHoursFinding()
    {
        // Arrange
        var instance = InstanceModelLoader.LoadFile(RepositoryPaths.Combine("config", "instance.yaml")).Value!;

        // Act
        var report = await LintAsync(instance);

        // Assert
        report.Findings.ShouldBeEmpty();
    }

    [Fact]
    public async Task Lint_FiftyOneOverrides_ReportsTheCountAndTheLimit()
    {
        // Arrange: one holiday a week for 51 weeks.
        var overrides = string.Join("", Enumerable.Range(0, 51).Select(i =>
            $"      - date: {new DateOnly(2027, 1, 4).AddDays(7 * i):yyyy-MM-dd}\n        name: Closed {i}\n        closed: true\n"));
        var instance = Load(Hours + "    overrides:\n" + overrides);

        // Act
        var finding = (await LintAsync(instance)).Findings.ShouldHaveSingleItem();

        // Assert
        finding.Rule.ShouldBe(LintRules.HoursOverrideCount);
        finding.IsError.ShouldBeTrue();
        finding.Message.ShouldContain("'Business Hours' has 51 overrides");
        finding.Message.ShouldContain("at most 50");
        finding.Location.File.ShouldBe("config/instance.yaml");
        finding.Location.Field.ShouldBe("hoursOfOperation.Business Hours.overrides");
    }

    [Theory]
    [InlineData(128, null, "has 128 characters")]
    [InlineData(10, "\t", "control character")]
    public async Task Lint_OverrideNameTheServiceRefuses_ReportsTheName(int length, string? control, string expected)
    {
        // Arrange
        var name = new string('x', length) + control;
        var instance = Load(Hours + $"    overrides:\n      - date: 2026-12-25\n        name: \"{name.Replace("\t", "\\t", StringComparison.Ordinal)}\"\n        closed: true\n");

        // Act
        var finding = (await LintAsync(instance)).Findings.ShouldHaveSingleItem();

        // Assert
        finding.Rule.ShouldBe(LintRules.HoursOverrideName);
        finding.Message.ShouldContain(expected);
        finding.Location.Field.ShouldBe("hoursOfOperation.Business Hours.overrides[0].name");
    }

    [Fact]
    public async Task Lint_TwoOverridesOnOneDate_ReportsBothIndexesAndTheDate()
    {
        // Arrange: closed and reduced hours on the same day; the simulator would take the first.
        var instance = Load(Hours + """
                overrides:
                  - date: 2026-12-24
                    name: Christmas Eve
                    hours: ["08:00-14:00"]
                  - date: 2026-12-24
                    name: Office party
                    closed: true

            """);

        // Act
        var finding = (await LintAsync(instance)).Findings.ShouldHaveSingleItem();

        // Assert
        finding.Rule.ShouldBe(LintRules.HoursOverrideOverlap);
        finding.Message.ShouldContain("overrides[0] and overrides[1] of 'Business Hours' are both for 2026-12-24");
        finding.Location.Field.ShouldBe("hoursOfOperation.Business Hours.overrides[1].date");
    }

    [Theory]
    [InlineData("weekly:\n      Monday: [\"08:00-12:00\", \"11:00-20:00\"]", "hoursOfOperation.Business Hours.weekly.Monday", "08:00-12:00 and 11:00-20:00 overlap")]
    [InlineData("weekly:\n      Monday: [\"20:00-24:00\", \"08:00-20:30\"]", "hoursOfOperation.Business Hours.weekly.Monday", "08:00-20:30 and 20:00-24:00 overlap")]
    [InlineData("weekly: {}\n    overrides:\n      - date: 2026-12-24\n        name: Eve\n        hours: [\"08:00-14:00\", \"13:00-15:00\"]", "hoursOfOperation.Business Hours.overrides[0].hours", "08:00-14:00 and 13:00-15:00 overlap")]
    public async Task Lint_OverlappingRangesOfOneDay_ReportsThePair(string days, string field, string expected)
    {
        // Arrange
        var instance = Load(Hours.Replace("weekly:\n      Monday: [\"08:00-20:00\"]", days, StringComparison.Ordinal));

        // Act
        var finding = (await LintAsync(instance)).Findings.ShouldHaveSingleItem();

        // Assert
        finding.Rule.ShouldBe(LintRules.HoursTimeRange);
        finding.Message.ShouldContain(expected);
        finding.Location.Field.ShouldBe(field);
    }

    [Theory]
    [InlineData("2026-12-5", "overrides[0].date")]
    [InlineData("25/12/2026", "overrides[0].date")]
    public void Load_OverrideDateNotYyyyMmDd_IsRefusedNamingTheField(string date, string field)
    {
        // Arrange / Act: the service's EffectiveFrom pattern is ^\d{4}-\d{2}-\d{2}$; the model refuses anything else when it loads.
        var result = InstanceModelLoader.Load(Hours + $"    overrides:\n      - date: {date}\n        closed: true\n", "config/instance.yaml");

        // Assert
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(FlowMessages.InstanceInvalidValue.Code);
        error.Location.Field.ShouldBe("hoursOfOperation.Business Hours." + field);
        error.Message.ShouldContain("YYYY-MM-DD");
    }

    private static InstanceModel Load(string yaml)
    {
        var result = InstanceModelLoader.Load(yaml, "config/instance.yaml");
        return result.Value ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }

    private static Task<LintReport> LintAsync(InstanceModel instance) =>
        FlowLinter.LintAsync(new LintRequest([], instance), CancellationToken.None);
}
