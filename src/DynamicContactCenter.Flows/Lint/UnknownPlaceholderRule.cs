using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Routing.Placeholders;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>DCC5019: every <c>${Name}</c> of ours in an action's Parameters has a value in the instance model, the same values
/// <c>dcc call</c> binds with (<see cref="InstanceModel.ResolvePlaceholder"/>); one that has none stops every call at that action
/// (DCC3xxx unresolved placeholder). Other tools' placeholders (<c>{{x}}</c>, <c>${var.x["y"]}</c>) are text, not checked here.</summary>
/// <remarks><c>${Environment}</c> counts as known even without an instance entry: every call and the lint walk give it a value
/// (<c>dcc call --environment</c>, the routing data's environments). The packaging template is checked by <c>dcc package</c>,
/// which knows it; lint reads the instance model, which is what a local call binds with.</remarks>
internal sealed class UnknownPlaceholderRule(InstanceModel instance) : IFlowRule
{
    private const string Environment = "Environment";

    public void Check(LintedFlow flow, LintFindings findings)
    {
        string? known = null;
        foreach (var action in flow.Model!.Actions)
        {
            foreach (var (field, value) in ParameterStrings.Enumerate(action.Parameters))
            {
                foreach (var name in PlaceholderGrammar.Names(value))
                {
                    if (name == Environment || instance.ResolvePlaceholder(name) is not null) continue;
                    known ??= string.Join(", ", instance.PlaceholderNames().Append(Environment).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
                    findings.Flow(LintRules.UnknownPlaceholder, flow, action.Identifier, field, LintMessages.UnknownPlaceholder, name, known);
                }
            }
        }
    }
}
