using System.Text.RegularExpressions;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Model;
using NodaTime;

namespace DynamicContactCenter.Local.Explore;

/// <summary>CheckHoursOfOperation: the call's time. From the call's time it looks ahead for the first hour at which the checked hours
/// are open (for <c>Equals True</c>) or closed (<c>Equals False</c>), by the instance model's weekly hours and overrides, and calls then,
/// written in the hours' own time zone.</summary>
internal sealed partial class HoursChooser : IInputChooser
{
    /// <summary>Two weeks: long enough to leave any holiday run and to find a weekday and a weekend.</summary>
    private static readonly Duration LookAhead = Duration.FromDays(14);

    public bool Decides(string actionType) => actionType == ActionTypes.CheckHoursOfOperation;

    public IEnumerable<ExploreCandidate> Candidates(ChoicePoint point, string branch)
    {
        bool? open = point.Condition(branch) is { Operands: [var value, ..] } ? value.Equals("True", StringComparison.OrdinalIgnoreCase) : null;
        // The executor's check names the hours it read (CheckHoursOfOperationExecutor: "hours NAME at ..."); any hours otherwise.
        var name = point.Check is { } check && CheckedHours().Match(check) is { Success: true } m ? m.Groups[1].Value : null;
        if (point.Check is { } stubCheck && StubHours().Match(stubCheck) is { Success: true } stub)
        {
            // Stub hours have no schedule: the call gives them a state (stubs:, StubStates), by the reference the flow names them by.
            foreach (var wanted in open is { } o2 ? [o2] : new[] { true, false })
            {
                var state = wanted ? StubStates.Open : StubStates.Closed;
                yield return new ExploreCandidate(point.Call with { Stubs = point.Call.Stubs.SetItem(stub.Groups[1].Value, state) }, $"stub hours {stub.Groups[1].Value} {state}");
            }

            yield break;
        }

        var hours = name is not null && point.Instance.FindHours(name) is { } named ? [named] : point.Instance.Hours;
        foreach (var candidate in hours)
        {
            foreach (var wanted in open is { } o ? [o] : new[] { true, false })
            {
                if (Find(candidate, Instant.FromDateTimeOffset(point.Call.At), wanted) is { } at)
                {
                    yield return new ExploreCandidate(point.Call with { At = at }, $"{(wanted ? "open" : "closed")} at {at:yyyy-MM-ddTHH:mm:sszzz}");
                }
            }
        }
    }

    /// <summary>The first whole hour from <paramref name="from"/> at which <paramref name="hours"/> are <paramref name="open"/>.</summary>
    private static DateTimeOffset? Find(HoursOfOperation hours, Instant from, bool open)
    {
        var start = Instant.FromUnixTimeSeconds(from.ToUnixTimeSeconds() / 3600 * 3600);
        for (var at = start; at < from + LookAhead; at += Duration.FromHours(1))
        {
            if (at >= from && hours.Evaluate(at).Open == open) return at.InZone(hours.Zone).ToDateTimeOffset();
        }

        return null;
    }

    [GeneratedRegex(@"^hours (.+) at \d{4}-\d{2}-\d{2} ", RegexOptions.CultureInvariant)]
    private static partial Regex CheckedHours();

    // The check of stub hours (ReferenceStubs.StubHours): "stub hours (...) for REF" or "stub hours (...) of queue NAME".
    [GeneratedRegex(@"^stub hours \([^)]*\) (?:for|of queue) (.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex StubHours();
}
