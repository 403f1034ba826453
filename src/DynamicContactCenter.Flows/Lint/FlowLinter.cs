using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Lint;

/// <summary><c>dcc lint</c>: checks flows and routing data together. Structure comes from the parser, each flow rule judges one flow,
/// the routing rules come from the Routing project's validator, and the flows × data rules walk every path of the flows for every
/// number, language and environment of the routing data. Never throws for bad input: every problem is a <see cref="LintFinding"/>.</summary>
public static class FlowLinter
{
    /// <summary>Lints <paramref name="request"/>.</summary>
    /// <param name="request">Flows, instance model, routing data and the functions to call.</param>
    /// <param name="cancellationToken">Cancels the flows × data walk.</param>
    public static async Task<LintReport> LintAsync(LintRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var findings = new LintFindings();
        var names = request.Flows.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        IFlowRule[] flowRules =
        [
            new IdentifierCharactersRule(), new UnreachableActionRule(), new NoExitRule(), new MissingErrorBranchRule(), new ParameterShapeRule(), new ParameterRangeRule(),
            new ConditionsAllowedRule(), new FlowTypeAllowedRule(), new LiteralArnRule(), new PromptLengthRule(),
            new UnknownFlowReferenceRule(request.Instance, names), new UnknownPlaceholderRule(request.Instance),
            new DesignerPositionsRule(), new CanonicalShapeRule(),
        ];
        foreach (var given in request.Flows)
        {
            ParserFindingsRule.Check(given, findings);
            if (given.Model is null) continue;
            var flow = FlowTypeAssumedRule.Resolve(given, findings);
            foreach (var rule in flowRules) rule.Check(flow, findings);
        }

        RoutingFindingsRule.Check(request.RoutingDiagnostics, findings);
        HoursOverridesRule.Check(request.Instance, findings);
        if (request.Routing is { } playable) UnplayableNumberRule.Check(playable, request.RoutingFile, request.Instance, findings);
        var cases = ImmutableArray<DataCase>.Empty;
        if (request.Routing is { } routing)
        {
            IReadOnlyList<WalkObservation> observations = [];
            if (request.Functions is { } functions)
            {
                cases = DataFlowWalker.Cases(routing, request.Instance);
                var byName = request.Flows.GroupBy(f => f.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
                var classes = request.WalkEachNumber ? DataClasses.PerCase(cases, routing) : DataClasses.Group(cases, routing, request.Instance, byName.Values);
                observations = await new DataFlowWalker(request.Instance, byName, functions).WalkAsync(classes, cancellationToken, request.CaseWalked);
            }

            IWalkRule[] walkRules =
            [
                new AttributeProducedRule(), new ExternalOverwrittenRule(), new SsmlUnsafeTextRule(), new LambdaFailsForDataRule(),
                new ResponseSizeRule(routing, request.RoutingFile),
            ];
            foreach (var rule in walkRules) rule.Check(observations, findings);
        }

        var ordered = findings.Items.Select(request.Configuration.Apply).OfType<LintFinding>()
            .OrderBy(f => f.Location.File ?? "", StringComparer.Ordinal)
            .ThenBy(f => f.Location.Line ?? 0)
            .ThenBy(f => f.Location.Flow ?? "", StringComparer.Ordinal)
            .ThenBy(f => f.Rule.Id, StringComparer.Ordinal)
            .ThenBy(f => f.Location.ActionId ?? "", StringComparer.Ordinal)
            .ToImmutableArray();
        return new LintReport(ordered, [.. request.Flows.Select(f => f.Name)], [.. cases.Select(c => c.Label)]);
    }

    /// <summary>How many cases (number × environment) the flows × data walk of <paramref name="routing"/> takes: the total a progress
    /// display counts <see cref="LintRequest.CaseWalked"/> against.</summary>
    public static int WalkCaseCount(Routing.Model.RoutingData routing, Instance.InstanceModel instance) => DataFlowWalker.Cases(routing, instance).Length;
}
