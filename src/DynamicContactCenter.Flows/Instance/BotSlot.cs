using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Instance;

/// <summary>A slot of a <see cref="BotIntent"/>.</summary>
/// <param name="Name">The slot name: <c>$.Lex.Slots.Name</c>.</param>
/// <param name="Values">The values it accepts (matched without case, stored as written here); empty for any words.</param>
public sealed record BotSlot(string Name, ImmutableArray<string> Values);
