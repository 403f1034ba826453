namespace DynamicContactCenter.Flows.Lint;

/// <summary>A rule that checks one parsed flow on its own.</summary>
internal interface IFlowRule
{
    /// <summary>Reports what is wrong with <paramref name="flow"/> (whose <see cref="LintedFlow.Model"/> is not null).</summary>
    void Check(LintedFlow flow, LintFindings findings);
}
