using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>DCC5205: every Lambda call a flow makes succeeds for every number and language of the routing data (a failing call sends the
/// caller down the error path). A function the instance model does not know is a warning: what it returns cannot be checked.</summary>
internal sealed class LambdaFailsForDataRule : IWalkRule
{
    public void Check(IReadOnlyList<WalkObservation> observations, LintFindings findings)
    {
        var failed = observations.OfType<LambdaCall>().Where(c => c.Error is not null);
        foreach (var group in failed.GroupBy(c => (c.Flow, c.ActionId, c.Function, c.Known, c.Error)))
        {
            var first = group.First();
            if (first.Known)
            {
                findings.Flow(LintRules.LambdaFailsForData, first.Flow, first.ActionId, "Parameters.LambdaFunctionARN", LintMessages.LambdaFails,
                    first.Function, WalkGrouping.Cases(group), first.Error);
            }
            else
            {
                findings.Flow(LintRules.LambdaFailsForData, Severity.Warning, first.Flow, first.ActionId, "Parameters.LambdaFunctionARN",
                    LintMessages.LambdaUnknown, first.Function, WalkGrouping.Cases(group));
            }
        }
    }
}
