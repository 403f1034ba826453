using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>The scenarios of one file (or of one generated suite, such as the routing matrix), in file order.</summary>
/// <param name="Name">The suite's name: the file path as given, or e.g. <c>routing matrix</c>.</param>
/// <param name="Scenarios">The scenarios.</param>
public sealed record ScenarioFile(string Name, ImmutableArray<Scenario> Scenarios)
{
    /// <summary>What the file's <c>unreachable:</c> says no call can reach (written by <c>dcc explore</c>): coverage leaves it out.</summary>
    public ImmutableArray<Coverage.CoverageExclusion> Unreachable { get; init; } = [];
}
