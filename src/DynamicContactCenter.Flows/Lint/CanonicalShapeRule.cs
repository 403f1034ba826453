using DynamicContactCenter.Flows.Layout;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>DCC5027: a flow file's transitions are in the shape Connect gives back on export (<see cref="CanonicalTransitions"/>), so a
/// flow kept in the repository compares byte for byte with the instance's export. One finding per file (the count and the first
/// action), not one per action: the fix is one <c>dcc layout</c> run, and a foreign export should not drown its real findings.</summary>
internal sealed class CanonicalShapeRule : IFlowRule
{
    public void Check(LintedFlow flow, LintFindings findings)
    {
        using var document = FlowFileDocument.Read(flow);
        if (document is null) return;
        var problems = CanonicalTransitions.Problems(document.RootElement);
        if (!problems.IsEmpty)
        {
            var (actionId, problem) = problems[0];
            findings.Flow(LintRules.CanonicalShape, flow, actionId, "Transitions", LintMessages.CanonicalShape, problems.Length, actionId, problem, flow.File);
        }
    }
}
