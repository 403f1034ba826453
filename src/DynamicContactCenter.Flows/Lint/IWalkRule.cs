namespace DynamicContactCenter.Flows.Lint;

/// <summary>A flows × data rule: judges what the walk saw over every case at once, so one finding lists every number it affects.</summary>
internal interface IWalkRule
{
    void Check(IReadOnlyList<WalkObservation> observations, LintFindings findings);
}
