using System.Text.RegularExpressions;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>DCC5203: data a flow interpolates into SSML must not contain a bare <c>&amp;</c> (one that does not start an entity such as
/// <c>&amp;amp;</c>) or a <c>&lt;</c>: Connect rejects the SSML and the block takes its error branch, so the caller hears the error prompt.</summary>
internal sealed partial class SsmlUnsafeTextRule : IWalkRule
{
    [GeneratedRegex(@"&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)|<")]
    private static partial Regex Unsafe();

    public void Check(IReadOnlyList<WalkObservation> observations, LintFindings findings)
    {
        var unsafeValues = observations.OfType<SsmlInterpolation>().Where(s => Unsafe().IsMatch(s.Value));
        foreach (var group in unsafeValues.GroupBy(s => (s.Flow, s.ActionId, s.Field, s.Reference)))
        {
            var first = group.First();
            findings.Flow(LintRules.SsmlUnsafeText, first.Flow, first.ActionId, first.Field, LintMessages.SsmlUnsafeText, first.Reference,
                Shorten(first.Value), Unsafe().Match(first.Value).Value, WalkGrouping.Cases(group));
        }
    }

    private static string Shorten(string value) => value.Length <= 80 ? value : value[..77] + "...";
}
