using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Model;

/// <summary>One entry of <c>Transitions.Conditions</c>: go to <paramref name="NextAction"/> when the operator holds for the result.</summary>
/// <param name="NextAction">The target.</param>
/// <param name="Operator">The operator (see <see cref="ConditionOperator"/>).</param>
/// <param name="Operands">The operands, as strings (exports write numbers as strings too).</param>
public sealed record TransitionCondition(string NextAction, ConditionOperator Operator, ImmutableArray<string> Operands);
