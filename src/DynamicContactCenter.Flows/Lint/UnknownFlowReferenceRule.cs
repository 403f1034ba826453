using DynamicContactCenter.Flows.Execution.Actions;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Expressions;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Routing.Placeholders;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>DCC5017: a static flow reference (a name, ARN, id or <c>${Name}</c> placeholder in a parameter its action's spec marks
/// <see cref="ParameterSpec.IsFlowReference"/>: TransferToFlow's ContactFlowId, InvokeFlowModule's FlowModuleId) resolves to a
/// flow of the instance model. A dynamic target (<c>$.Attributes.x</c>) is known only at run time and is not checked.</summary>
internal sealed class UnknownFlowReferenceRule(InstanceModel instance, IReadOnlySet<string> lintedFlowNames) : IFlowRule
{
    public void Check(LintedFlow flow, LintFindings findings)
    {
        foreach (var action in flow.Model!.Actions)
        {
            foreach (var parameter in ActionExecutors.SpecFor(action.Type)?.Parameters.Where(p => p.IsFlowReference) ?? [])
            {
                if (ParameterStrings.Scalar(action.Parameters, parameter.Name) is not { } reference) continue;
                if (AttributePath.ParseWhole(reference) is not null) continue;
                if (Resolve(instance, lintedFlowNames, reference) is null)
                {
                    findings.Flow(LintRules.UnknownFlowReference, flow, action.Identifier, parameter.Field, LintMessages.UnknownFlowReference, reference);
                }
            }
        }
    }

    /// <summary>The flow name a static reference names, or null.</summary>
    internal static string? Resolve(InstanceModel instance, IReadOnlySet<string> lintedFlowNames, string reference)
    {
        var value = reference.Trim();
        if (PlaceholderGrammar.IsExactlyOne(value, out var name))
        {
            value = instance.ResolvePlaceholder(name) ?? (name.EndsWith("Arn", StringComparison.Ordinal) ? name[..^3] : name);
        }

        if (instance.FindFlow(value) is { } definition) return definition.Name;
        return lintedFlowNames.Contains(value) ? value : null;
    }
}
