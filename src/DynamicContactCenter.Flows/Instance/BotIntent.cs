using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Instance;

/// <summary>One intent of a <see cref="BotDefinition"/>.</summary>
/// <param name="Name">The intent name: what <c>$.Lex.IntentName</c> holds and the flow's conditions test.</param>
/// <param name="Utterances">Sample utterances; <c>{Slot}</c> stands for a slot's value.</param>
/// <param name="Slots">The slots its utterances name.</param>
public sealed record BotIntent(string Name, ImmutableArray<string> Utterances, ImmutableArray<BotSlot> Slots);
