using System.Text.RegularExpressions;
using DynamicContactCenter.Flows.Expressions;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>DCC5017: a static TransferToFlow / InvokeFlowModule target (a name, ARN, id or <c>${Name}</c> placeholder) resolves to a
/// flow of the instance model. A dynamic target (<c>$.Attributes.x</c>) is known only at run time and is not checked.</summary>
internal sealed partial class UnknownFlowReferenceRule(InstanceModel instance, IReadOnlySet<string> lintedFlowNames) : IFlowRule
{
    [GeneratedRegex(@"^\$\{([^{}\s]+)\}\z")]
    private static partial Regex Placeholder();

    public void Check(LintedFlow flow, LintFindings findings)
    {
        foreach (var action in flow.Model!.Actions)
        {
            var parameter = action.Type switch
            {
                ActionTypes.TransferToFlow => "ContactFlowId",
                ActionTypes.InvokeFlowModule => "FlowModuleId",
                _ => null,
            };
            if (parameter is null || ParameterStrings.Scalar(action.Parameters, parameter) is not { } reference) continue;
            if (AttributePath.ParseWhole(reference) is not null) continue;
            if (Resolve(instance, lintedFlowNames, reference) is null)
            {
                findings.Flow(LintRules.UnknownFlowReference, flow, action.Identifier, "Parameters." + parameter, LintMessages.UnknownFlowReference, reference);
            }
        }
    }

    /// <summary>The flow name a static reference names, or null.</summary>
    internal static string? Resolve(InstanceModel instance, IReadOnlySet<string> lintedFlowNames, string reference)
    {
        var value = reference.Trim();
        if (Placeholder().Match(value) is { Success: true } match)
        {
            var name = match.Groups[1].Value;
            value = instance.ResolvePlaceholder(name) ?? (name.EndsWith("Arn", StringComparison.Ordinal) ? name[..^3] : name);
        }

        if (instance.FindFlow(value) is { } definition) return definition.Name;
        return lintedFlowNames.Contains(value) ? value : null;
    }
}
