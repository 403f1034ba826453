using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Local.Explore;

/// <summary>DistributeByPercentage: the call's seed (<c>call.seed</c>), which draws the random number; a few seeds reach every
/// share of any split a person would configure.</summary>
internal sealed class PercentageChooser : IInputChooser
{
    private const int Seeds = 20;

    public bool Decides(string actionType) => actionType == ActionTypes.DistributeByPercentage;

    public IEnumerable<ExploreCandidate> Candidates(ChoicePoint point, string branch) =>
        Enumerable.Range(point.Call.Seed + 1, Seeds).Select(seed => new ExploreCandidate(point.Call with { Seed = seed }, $"seed {seed}"));
}
