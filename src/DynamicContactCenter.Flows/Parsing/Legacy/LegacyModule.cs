using System.Collections.Immutable;
using System.Text.Json;

namespace DynamicContactCenter.Flows.Parsing.Legacy;

/// <summary>One legacy parameter: <c>{name, value, key, namespace, resourceName}</c>. <paramref name="Field"/> is its path in the
/// file (<c>modules[3].parameters[1]</c>), for messages; <paramref name="ResourceName"/> is the display name the designer stored
/// beside a resource's ARN; <paramref name="Element"/> the whole entry, for the few types with nested parameter objects.</summary>
internal sealed record LegacyParameter(string Name, JsonElement Value, string? Key, string? Namespace, string Field, string? ResourceName = null,
    JsonElement Element = default);

/// <summary>One legacy branch: <c>{condition, transition, conditionType, conditionValue}</c>.</summary>
internal sealed record LegacyBranch(string Condition, string Transition, string? ConditionType, string? ConditionValue, string Field);

/// <summary>One legacy module as read from the file, before translation.</summary>
/// <param name="Id">The module's id; it becomes the action's Identifier unchanged, so designer positions and references keep working.</param>
/// <param name="Type">The legacy type, e.g. <c>PlayPrompt</c>.</param>
/// <param name="Target">The legacy <c>target</c> (Lambda, Queue, Flow, Digits, Lex, PhoneNumber...), or null.</param>
/// <param name="Parameters">The parameter list in file order; a name can repeat (several <c>Attribute</c> entries).</param>
/// <param name="Branches">The branches in file order.</param>
/// <param name="Position">The designer position (<c>metadata.position</c>), kept for the modern <c>Metadata.ActionMetadata</c>.</param>
/// <param name="Field">Where the module is in the file, <c>modules[3]</c>.</param>
internal sealed record LegacyModule(string Id, string Type, string? Target, ImmutableArray<LegacyParameter> Parameters,
    ImmutableArray<LegacyBranch> Branches, JsonElement? Position, string Field)
{
    /// <summary>The first parameter called <paramref name="name"/>, or null.</summary>
    public LegacyParameter? Parameter(string name) => Parameters.FirstOrDefault(p => p.Name == name);

    /// <summary>Every parameter called <paramref name="name"/>, in file order.</summary>
    public IEnumerable<LegacyParameter> All(string name) => Parameters.Where(p => p.Name == name);

    /// <summary>The type as messages show it: <c>Transfer (target Queue)</c>.</summary>
    public string Display => Target is null ? Type : $"{Type} (target {Target})";
}
