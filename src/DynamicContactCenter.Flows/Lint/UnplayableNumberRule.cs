using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Routing.Validation;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>
/// DCC5029: a dialed number whose queue (or the queue's hours) the instance model does not have, so every call to it ends in the
/// error path whatever the time or the agents: the case <c>dcc call</c> shows and lint used to pass. The rule is
/// <see cref="NumberPlayability"/>'s, the one the routing matrix and the config preview use; this class only reports it.
/// </summary>
/// <remarks>A number whose language has no row is not reported here: the routing validator already reports it at the same key
/// (DCC5103), and one cause gets one finding.</remarks>
internal static class UnplayableNumberRule
{
    public static void Check(RoutingData routing, string? routingFile, InstanceModel instance, LintFindings findings)
    {
        foreach (var row in routing.DialedNumbers)
        {
            if (NumberPlayability.InstanceProblem(row, instance) is not { } problem) continue;
            var who = row.Number == DialedNumber.DefaultKey ? "a number with no row (the 'default' row)" : row.Number;
            var model = instance.File is { } file ? $"{file} (queues: with an arn and hours)" : "the instance model's queues: (an arn and hours)";
            var rule = LintRules.UnplayableNumber;
            findings.Add(new LintFinding(rule, new Diagnostic(rule.Id, rule.Severity, DiagnosticLocation.InFile(routingFile, KeyPath.DialedNumber(row.Number, "queue")),
                $"every call to {who} ends in the error path: {DisplayText.Escape(problem)}; expected the number's queue in {model}")));
        }
    }
}
