using System.Globalization;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>Names the loop a call was caught in when the step limit (DCC3303) stops it, from the actions it ran
/// (<see cref="CallContext.Visits"/>, which coverage records anyway) rather than only the action it stopped at.</summary>
internal static class StepTrail
{
    /// <summary>The longest loop named; a longer cycle is reported by its last actions. Twice this many steps are read.</summary>
    public const int LongestLoop = 50;

    /// <summary>The shortest cycle the last steps repeat, as "Ping → Pong → Ping" (actions prefixed with their flow when the cycle
    /// crosses flows); without one, the last steps.</summary>
    /// <param name="visits">The actions the call ran, in order.</param>
    /// <param name="flow">The flow of the action the call stopped at (not run, so not a visit yet).</param>
    /// <param name="action">That action's identifier.</param>
    public static string DescribeLoop(IReadOnlyList<ActionVisit> visits, string flow, string action)
    {
        var ran = visits.Skip(Math.Max(0, visits.Count - (2 * LongestLoop) + 1)).Select(v => (v.Flow.Name, v.ActionId));
        (string Flow, string Action)[] steps = [.. ran, (flow, action)];
        var period = Enumerable.Range(1, steps.Length / 2).FirstOrDefault(p => Repeats(steps, p));
        var cycle = period == 0 ? steps[^Math.Min(steps.Length, 10)..] : Rotate(steps, steps[^period..]);
        var multipleFlows = cycle.Select(s => s.Flow).Distinct(StringComparer.Ordinal).Count() > 1;
        var names = cycle.Select(s => multipleFlows ? $"{s.Flow}: {s.Action}" : s.Action).ToList();
        if (period > 0) names.Add(names[0]);
        var text = string.Join(" → ", names);
        return multipleFlows || cycle.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, "{0} (flow {1})", text, cycle[0].Flow);
    }

    /// <summary>The cycle turned to start at the action of it that ran first, so it reads in the flow's order (Menu → Sorry, not
    /// Sorry → Menu).</summary>
    private static (string Flow, string Action)[] Rotate((string Flow, string Action)[] steps, (string Flow, string Action)[] cycle)
    {
        var first = Array.IndexOf(cycle, cycle.MinBy(s => Array.IndexOf(steps, s)));
        return [.. cycle[first..], .. cycle[..first]];
    }

    /// <summary>True when the last <paramref name="period"/> steps are the same as the <paramref name="period"/> before them.</summary>
    private static bool Repeats((string, string)[] steps, int period)
    {
        for (var i = 1; i <= period; i++)
        {
            if (steps[^i] != steps[^(i + period)]) return false;
        }

        return true;
    }
}
