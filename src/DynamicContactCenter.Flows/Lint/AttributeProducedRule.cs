namespace DynamicContactCenter.Flows.Lint;

/// <summary>DCC5201: every <c>$.External.X</c> / <c>$.Attributes.X</c> a flow reads is produced before the read, on every path, for every
/// number and language that reaches it. (A key an earlier call returned but the last call dropped is DCC5202 instead.)</summary>
internal sealed class AttributeProducedRule : IWalkRule
{
    public void Check(IReadOnlyList<WalkObservation> observations, LintFindings findings)
    {
        var missing = observations.OfType<ReferenceRead>().Where(r => !r.Present && !r.EarlierExternal);
        foreach (var group in missing.GroupBy(r => (r.Flow, r.ActionId, r.Field, r.Reference)))
        {
            var first = group.First();
            findings.Flow(LintRules.AttributeProduced, first.Flow, first.ActionId, first.Field, LintMessages.AttributeNotProduced, first.Reference, first.Key,
                WalkGrouping.Cases(group));
        }
    }
}
