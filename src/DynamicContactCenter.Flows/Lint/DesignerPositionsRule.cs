using DynamicContactCenter.Flows.Layout;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>DCC5026: a flow file carries designer positions for its entry point and every action, none overlapping, so the Connect
/// designer opens it laid out. Only flow-language files are checked (a legacy export's positions live in its modules, and convert
/// carries them over); a flow given as text without a file has no positions to judge.</summary>
internal sealed class DesignerPositionsRule : IFlowRule
{
    public void Check(LintedFlow flow, LintFindings findings)
    {
        using var document = FlowFileDocument.Read(flow);
        if (document is null) return;
        var problems = DesignerPositionReader.Problems(flow.Model!, document.RootElement);
        if (!problems.IsEmpty)
        {
            findings.Flow(LintRules.DesignerPositions, flow, null, "Metadata", LintMessages.DesignerPositions, string.Join("; ", problems), flow.File);
        }
    }
}
