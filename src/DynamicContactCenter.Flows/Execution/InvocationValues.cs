using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>What an InvokeLambdaFunction block sends a function, keyed as mocks and scenarios name it: a parameter of
/// <c>LambdaInvocationAttributes</c> by its name (the event's <c>Details.Parameters</c>), a contact attribute as <c>$.Attributes.NAME</c>
/// (the event's <c>Details.ContactData.Attributes</c>). One rule for a mock answer's <c>when:</c> and a scenario's
/// <c>expect: lambdas: [{sent: ...}]</c>, so a condition moves between them unchanged.</summary>
public static class InvocationValues
{
    /// <summary>The prefix of a contact attribute's key, as flows reference it.</summary>
    public const string AttributePrefix = "$.Attributes.";

    /// <summary>What a key may be, for error messages.</summary>
    public const string KeyForm = "a LambdaInvocationAttributes parameter name, or $.Attributes.NAME for a contact attribute";

    /// <summary>The values sent: every parameter by name, every contact attribute as <c>$.Attributes.NAME</c>.</summary>
    public static ImmutableDictionary<string, string> Of(IReadOnlyDictionary<string, string> parameters, IReadOnlyDictionary<string, string> attributes)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(attributes);
        var sent = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters) sent[name] = value;
        foreach (var (name, value) in attributes) sent[AttributePrefix + name] = value;
        return sent.ToImmutable();
    }

    /// <summary>True when <paramref name="key"/> names something a function is sent. Other <c>$.</c> paths (<c>$.External</c>,
    /// <c>$.FlowAttributes</c>) are not sent as such, so a condition on them could never be met.</summary>
    public static bool IsKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Length > 0 && (!key.StartsWith("$.", StringComparison.Ordinal)
            || (key.StartsWith(AttributePrefix, StringComparison.Ordinal) && key.Length > AttributePrefix.Length));
    }

    /// <summary>The keys of <paramref name="expected"/> whose value <paramref name="sent"/> does not have (subset rule: keys not listed are
    /// not checked), in key order, with the value sent (null: not sent).</summary>
    public static IEnumerable<(string Key, string Expected, string? Actual)> Mismatches(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string> sent)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(sent);
        foreach (var (key, value) in expected.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var actual = sent.GetValueOrDefault(key);
            if (actual != value) yield return (key, value, actual);
        }
    }

    /// <summary>The values for people: <c>accountType=gold, $.Attributes.Language=Spanish</c>, or <c>(nothing)</c>.</summary>
    public static string Describe(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Count == 0 ? "(nothing)" : string.Join(", ", values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}"));
    }
}
