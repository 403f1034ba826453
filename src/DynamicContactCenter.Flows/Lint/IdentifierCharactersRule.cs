using System.Buffers;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>DCC5005: identifiers are at most 50 characters, without <c>% : ( \ / ) = $ , ; [ ] { }</c>, and not reserved names
/// (reference/flow-language.md §2).</summary>
internal sealed class IdentifierCharactersRule : IFlowRule
{
    private const int MaxLength = 50;
    private static readonly SearchValues<char> Forbidden = SearchValues.Create("%:(\\/)=$,;[]{}");
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "__proto__", "constructor", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString",
        "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__",
    };

    public void Check(LintedFlow flow, LintFindings findings)
    {
        foreach (var action in flow.Model!.Actions)
        {
            var id = action.Identifier;
            var bad = id.IndexOfAny(Forbidden);
            if (bad >= 0)
            {
                findings.Flow(LintRules.IdentifierCharacters, flow, id, "Identifier", LintMessages.IdentifierForbiddenCharacter, id, id[bad]);
            }

            if (id.Length > MaxLength)
            {
                findings.Flow(LintRules.IdentifierCharacters, flow, id, "Identifier", LintMessages.IdentifierTooLong, id, id.Length);
            }

            if (Reserved.Contains(id))
            {
                findings.Flow(LintRules.IdentifierCharacters, flow, id, "Identifier", LintMessages.IdentifierReserved, id);
            }
        }
    }
}
