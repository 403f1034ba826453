using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Instance;

/// <summary>A local model of an Amazon Lex bot (<c>bots:</c> in instance.yaml): what ConnectParticipantWithLexBot matches the caller's
/// words against instead of calling Lex.</summary>
/// <param name="Name">The bot's name: what a classic <c>LexBot {Name}</c> refers to.</param>
/// <param name="AliasArns">The Lex V2 alias ARNs that reach it (<c>LexV2Bot {AliasArn}</c>), e.g. one per environment.</param>
/// <param name="Intents">Its intents, in the order ties are broken.</param>
public sealed record BotDefinition(string Name, ImmutableArray<string> AliasArns, ImmutableArray<BotIntent> Intents);
