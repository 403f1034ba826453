using System.Collections.Frozen;

namespace DynamicContactCenter.Flows.Parsing.Legacy;

/// <summary>Turns a legacy <c>{value, namespace}</c> pair into flow-language text: a static value as is, an attribute as its JSONPath.</summary>
/// <remarks>Names come from the System attribute picker of the 2018–2020 designer (reference/flow-language.md §9, SIM-GO's flow.go);
/// matched without regard to case, because exports spell some of them both ways.</remarks>
internal static class LegacyReferences
{
    private static readonly FrozenDictionary<string, string> SystemPaths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Customer Number"] = "$.CustomerEndpoint.Address",
        ["Dialed Number"] = "$.SystemEndpoint.Address",
        ["Stored customer input"] = "$.StoredCustomerInput",
        ["Queue name"] = "$.Queue.Name",
        ["Queue.Name"] = "$.Queue.Name",
        ["Queue ARN"] = "$.Queue.ARN",
        ["Queue.ARN"] = "$.Queue.ARN",
        ["Agent.UserName"] = "$.Agent.UserName",
        ["Agent.FirstName"] = "$.Agent.FirstName",
        ["Agent.LastName"] = "$.Agent.LastName",
        ["Channel"] = "$.Channel",
        ["ContactId"] = "$.ContactId",
        ["Contact id"] = "$.ContactId",
        ["InitialContactId"] = "$.InitialContactId",
        ["Initial contact id"] = "$.InitialContactId",
        ["PreviousContactId"] = "$.PreviousContactId",
        ["Previous contact id"] = "$.PreviousContactId",
        ["InstanceARN"] = "$.InstanceARN",
        ["Instance ARN"] = "$.InstanceARN",
        ["InitiationMethod"] = "$.InitiationMethod",
        ["Initiation method"] = "$.InitiationMethod",
        ["TextToSpeechVoiceId"] = "$.TextToSpeechVoiceId",
        ["Text to speech voice"] = "$.TextToSpeechVoiceId",
        ["Language"] = "$.LanguageCode",
        ["LanguageCode"] = "$.LanguageCode",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The System attribute names this reader knows, for messages.</summary>
    public static string KnownSystemNames => string.Join(", ", SystemPaths.Keys.Order(StringComparer.Ordinal).Select(k => $"'{k}'"));

    /// <summary>The JSONPath of <paramref name="name"/> in <paramref name="ns"/>; null with <paramref name="problem"/> set when there is none.</summary>
    public static string? Path(string ns, string name, out LegacyReferenceProblem problem)
    {
        problem = LegacyReferenceProblem.None;
        switch (ns)
        {
            case "External": return Member("$.External", name);
            case "User Defined": case "UserDefined": case "Attributes": return Member("$.Attributes", name);
            // "Lex.Slots" is how a 2020 chat export (tests/corpus InteractiveMessagingContactFlow.json) names the same namespace.
            case "Lex": case "Lex.Slots": return Member("$.Lex.Slots", name);
            case "System":
                if (SystemPaths.TryGetValue(name, out var path)) return path;
                problem = LegacyReferenceProblem.UnknownSystemAttribute;
                return null;
            default:
                problem = LegacyReferenceProblem.UnknownNamespace;
                return null;
        }
    }

    /// <summary><c>$.External.name</c>, or the bracket form <c>$.External.['name with spaces']</c> the expression reader also accepts.</summary>
    private static string Member(string root, string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? $"{root}.{name}" : $"{root}.['{name}']";
}

/// <summary>Why a legacy reference has no flow-language path.</summary>
internal enum LegacyReferenceProblem
{
    /// <summary>It has one.</summary>
    None,

    /// <summary>The namespace is none of the designer's.</summary>
    UnknownNamespace,

    /// <summary>The namespace is System, but the name is not a System attribute this reader knows.</summary>
    UnknownSystemAttribute,
}
