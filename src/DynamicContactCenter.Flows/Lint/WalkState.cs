using System.Collections.Immutable;
using System.Text;
using DynamicContactCenter.Flows.Execution;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>What the flows × data walk knows at one action on one path: the contact (a fork of the case's call, holding
/// <c>$.External</c>, attributes and the rest exactly as a call would), and what the contact alone does not say: whether the last call
/// went to an unknown function, the keys earlier responses had, and which call set <c>$.External</c>.</summary>
/// <param name="ActionId">The action about to run, in the contact's current flow.</param>
/// <param name="Contact">The contact on this path.</param>
/// <param name="ExternalUnknown">True after a call to a function the instance model does not know: reads are then not judged.</param>
/// <param name="EarlierExternalKeys">Keys of earlier responses that a later call replaced.</param>
/// <param name="ExternalSetBy">The action whose call set <c>$.External</c>, or null.</param>
internal sealed record WalkState(string ActionId, CallContext Contact, bool ExternalUnknown, ImmutableHashSet<string> EarlierExternalKeys, string? ExternalSetBy)
{
    /// <summary>Identifies the state, so the walk visits each (action, data) combination once and terminates on loops.</summary>
    public string Signature
    {
        get
        {
            var text = new StringBuilder().Append(Contact.Run.Flow.Name).Append('\u0001').Append(ActionId).Append('\u0001').Append(ExternalUnknown);
            text.Append('\u0001').Append(Contact.Run.External?.GetRawText());
            text.Append('\u0001');
            foreach (var key in EarlierExternalKeys.Order(StringComparer.Ordinal)) text.Append('\u0002').Append(key);
            text.Append('\u0001');
            foreach (var (key, value) in Contact.Attributes.OrderBy(p => p.Key, StringComparer.Ordinal)) text.Append('\u0002').Append(key).Append('=').Append(value);
            return text.ToString();
        }
    }
}
