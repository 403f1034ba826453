using System.Collections.Immutable;
using System.Text;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>What the flows × data walk knows at one action on one path: <c>$.External</c> (replaced by each Lambda call, kept across
/// TransferToFlow as the interpreter keeps it), the keys earlier responses had, and the contact attributes set so far.</summary>
/// <param name="Flow">The flow.</param>
/// <param name="ActionId">The action about to run.</param>
/// <param name="External">The last Lambda response as a flat map; empty before any call.</param>
/// <param name="ExternalUnknown">True after a call to a function the instance model does not know: reads are then not judged.</param>
/// <param name="EarlierExternalKeys">Keys of earlier responses that a later call replaced.</param>
/// <param name="ExternalSetBy">The action whose call set <paramref name="External"/>, or null.</param>
/// <param name="Attributes">Contact attributes set on the path.</param>
internal sealed record WalkState(LintedFlow Flow, string ActionId, ImmutableDictionary<string, string> External, bool ExternalUnknown,
    ImmutableHashSet<string> EarlierExternalKeys, string? ExternalSetBy, ImmutableDictionary<string, string> Attributes)
{
    /// <summary>Identifies the state, so the walk visits each (action, data) combination once and terminates on loops.</summary>
    public string Signature
    {
        get
        {
            var text = new StringBuilder().Append(Flow.Name).Append('\u0001').Append(ActionId).Append('\u0001').Append(ExternalUnknown);
            foreach (var (key, value) in External.OrderBy(p => p.Key, StringComparer.Ordinal)) text.Append('\u0002').Append(key).Append('=').Append(value);
            text.Append('\u0001');
            foreach (var key in EarlierExternalKeys.Order(StringComparer.Ordinal)) text.Append('\u0002').Append(key);
            text.Append('\u0001');
            foreach (var (key, value) in Attributes.OrderBy(p => p.Key, StringComparer.Ordinal)) text.Append('\u0002').Append(key).Append('=').Append(value);
            return text.ToString();
        }
    }
}
