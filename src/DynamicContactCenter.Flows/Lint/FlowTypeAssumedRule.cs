namespace DynamicContactCenter.Flows.Lint;

/// <summary>DCC5028: a flow whose type nothing declared (no instance model entry, wrapper, designer metadata or <c>--type</c>) is judged
/// by the type its actions imply (<see cref="FlowTypeInference"/>); when they fit several types and none is inbound, or fit none, the
/// finding names the type assumed and the types that would fit, so the reader knows what the other findings were judged against.</summary>
internal static class FlowTypeAssumedRule
{
    /// <summary><paramref name="flow"/> with the type to judge it by: its declared type, else the inferred one (reported when assumed).</summary>
    public static LintedFlow Resolve(LintedFlow flow, LintFindings findings)
    {
        if (flow.TypeDeclared || flow.Model is not { } model) return flow;
        var (type, fitting) = FlowTypeInference.Infer(model);
        if (!FlowTypeInference.IsUnambiguous(fitting))
        {
            var fits = fitting.IsEmpty ? "no single flow type allows all of its actions" : "its actions fit " + string.Join(", ", fitting);
            findings.Flow(LintRules.FlowTypeAssumed, flow, null, null, LintMessages.FlowTypeAssumed, type, fits);
        }

        return flow with { FlowType = type, TypeDeclared = true };
    }
}
