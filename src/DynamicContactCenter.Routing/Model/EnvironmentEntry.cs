using System.Collections.Immutable;

namespace DynamicContactCenter.Routing.Model;

/// <summary>One row of the Environments table: the function ARNs an environment (prod, dev, ...) routes through.</summary>
/// <param name="Environment">The table key, e.g. <c>prod</c>.</param>
/// <param name="Functions">Attribute name → function ARN, e.g. <c>getDynamicAttributes</c>, <c>getPrompts</c>.</param>
public sealed record EnvironmentEntry(string Environment, ImmutableSortedDictionary<string, string> Functions);
