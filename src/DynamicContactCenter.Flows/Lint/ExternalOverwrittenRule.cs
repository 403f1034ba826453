namespace DynamicContactCenter.Flows.Lint;

/// <summary>DCC5202, the <c>$.External</c> overwrite trap: a key read after a Lambda call whose response lacks it, although an earlier
/// call returned it. Connect replaces <c>$.External</c> with each response (reference §4), so the earlier value is gone.</summary>
internal sealed class ExternalOverwrittenRule : IWalkRule
{
    public void Check(IReadOnlyList<WalkObservation> observations, LintFindings findings)
    {
        var trapped = observations.OfType<ReferenceRead>().Where(r => !r.Present && r.EarlierExternal);
        foreach (var group in trapped.GroupBy(r => (r.Flow, r.ActionId, r.Field, r.Reference)))
        {
            var first = group.First();
            findings.Flow(LintRules.ExternalOverwritten, first.Flow, first.ActionId, first.Field, LintMessages.ExternalOverwritten, first.Reference,
                first.ExternalSetBy ?? "a Lambda call", first.Key, WalkGrouping.Cases(group));
        }
    }
}
