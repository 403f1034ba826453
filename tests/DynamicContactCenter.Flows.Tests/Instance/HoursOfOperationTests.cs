using System.Collections.Immutable;
using DynamicContactCenter.Flows.Instance;
using NodaTime;
using NodaTime.Testing;

namespace DynamicContactCenter.Flows.Tests.Instance;

public sealed class HoursOfOperationTests
{
    private static HoursOfOperation CreateSut(string zone = "America/New_York", params HoursOverride[] overrides)
    {
        var day = ImmutableArray.Create(new TimeRange(new LocalTime(8, 0), new LocalTime(20, 0)));
        var weekly = Enumerable.Range(1, 5).ToImmutableDictionary(d => (IsoDayOfWeek)d, _ => day);
        return new HoursOfOperation("Business Hours", null, DateTimeZoneProviders.Tzdb[zone], weekly, [.. overrides]);
    }

    [Theory]
    [InlineData("2026-03-06T12:59:00Z", false)] // Fri 07:59 EST
    [InlineData("2026-03-06T13:00:00Z", true)]  // Fri 08:00 EST: start inclusive
    [InlineData("2026-03-09T12:00:00Z", true)]  // Mon 08:00 EDT: after the spring-forward change the offset is -4
    [InlineData("2026-11-02T12:30:00Z", false)] // Mon 07:30 EST: after fall-back the offset is -5 again
    [InlineData("2026-03-07T15:00:00Z", false)] // Saturday
    public void Evaluate_AcrossDaylightSavingChanges_UsesLocalTime(string utc, bool open)
    {
        // Arrange
        var sut = CreateSut();
        var clock = new FakeClock(Instant.FromDateTimeOffset(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

        // Act
        var (isOpen, dated) = sut.Evaluate(clock.GetCurrentInstant());

        // Assert
        isOpen.ShouldBe(open);
        dated.ShouldBeNull();
    }

    [Fact]
    public void Evaluate_SameInstantInOtherZone_Differs()
    {
        // Arrange: 13:30 UTC on a Tuesday is 09:30 in New York and 22:30 in Tokyo.
        var at = Instant.FromUtc(2026, 3, 10, 13, 30);

        // Act / Assert
        CreateSut("America/New_York").Evaluate(at).Open.ShouldBeTrue();
        CreateSut("Asia/Tokyo").Evaluate(at).Open.ShouldBeFalse();
    }

    [Fact]
    public void Evaluate_ClosedOverride_ClosesAWorkday()
    {
        // Arrange
        var sut = CreateSut(overrides: new HoursOverride(new LocalDate(2026, 12, 25), "Christmas Day", []));

        // Act
        var (open, dated) = sut.Evaluate(Instant.FromUtc(2026, 12, 25, 16, 0));

        // Assert
        open.ShouldBeFalse();
        dated!.Name.ShouldBe("Christmas Day");
    }

    [Theory]
    [InlineData(13, true)]
    [InlineData(14, false)]
    public void Evaluate_ReducedHoursOverride_ReplacesWeeklyRanges(int localHour, bool open)
    {
        // Arrange
        var sut = CreateSut(overrides: new HoursOverride(new LocalDate(2026, 12, 24), "Christmas Eve", [new TimeRange(new LocalTime(8, 0), new LocalTime(14, 0))]));

        // Act / Assert
        sut.Evaluate(Instant.FromUtc(2026, 12, 24, localHour + 5, 0)).Open.ShouldBe(open);
    }

    [Fact]
    public void Evaluate_OpenOverrideOnWeekend_Opens()
    {
        // Arrange
        var sut = CreateSut(overrides: new HoursOverride(new LocalDate(2026, 12, 19), "Holiday sale", [new TimeRange(new LocalTime(10, 0), null)]));

        // Act / Assert
        sut.Evaluate(Instant.FromUtc(2026, 12, 20, 4, 0)).Open.ShouldBeTrue(); // Sat 23:00 EST: the range runs to 24:00
    }
}
