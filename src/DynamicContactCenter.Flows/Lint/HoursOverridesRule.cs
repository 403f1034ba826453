using System.Globalization;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>
/// DCC5020-5023: the hours of operation of the instance model fit the service's rules, so the hours a call is simulated against can
/// be deployed as they are (<c>dcc package --instance-resources create</c> writes them as AWS::Connect::HoursOfOperation). The rules are
/// the AWS::Connect::HoursOfOperation schema's (cfn-lint 1.51 bundle) and the Connect API reference's HoursOfOperationOverride:
/// at most 50 overrides per hours, an override name of 1 to 127 characters without control characters, one override per date (the
/// service refuses overlapping overrides; the simulator would silently take the first), and time slices of one day that do not
/// overlap. The date format (YYYY-MM-DD) and each range's shape (HH:mm, start before end, 24:00 for midnight) are checked when the
/// model loads (DCC3xxx instance errors), since a value that does not parse cannot be simulated at all.
/// </summary>
internal static class HoursOverridesRule
{
    /// <summary>The service's limit on overrides per hours of operation (HoursOfOperationOverrides maxItems).</summary>
    public const int MaxOverrides = 50;

    /// <summary>The service's limit on an override's name (OverrideName maxLength).</summary>
    public const int MaxNameLength = 127;

    public static void Check(InstanceModel instance, LintFindings findings)
    {
        foreach (var hours in instance.Hours)
        {
            var path = $"hoursOfOperation.{hours.Name}";
            if (hours.Overrides.Length > MaxOverrides)
            {
                Report(findings, LintRules.HoursOverrideCount, instance, path + ".overrides",
                    $"hours of operation '{hours.Name}' has {hours.Overrides.Length} overrides; Amazon Connect keeps at most {MaxOverrides} per hours of operation");
            }

            for (var i = 0; i < hours.Overrides.Length; i++)
            {
                var dated = hours.Overrides[i];
                var at = $"{path}.overrides[{i}]";
                if (dated.Name is { } name && (name.Length > MaxNameLength || DisplayText.IndexOfControl(name) >= 0))
                {
                    Report(findings, LintRules.HoursOverrideName, instance, at + ".name", name.Length > MaxNameLength
                        ? $"override name '{name[..40]}...' has {name.Length} characters; Amazon Connect takes 1 to {MaxNameLength}"
                        : $"override name '{DisplayText.Escape(name)}' holds a control character; Amazon Connect refuses it");
                }

                var first = hours.Overrides.IndexOf(hours.Overrides.First(o => o.Date == dated.Date));
                if (first != i)
                {
                    Report(findings, LintRules.HoursOverrideOverlap, instance, at + ".date",
                        $"overrides[{first}] and overrides[{i}] of '{hours.Name}' are both for {dated.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}; Amazon Connect refuses overlapping overrides (the simulator takes the first)");
                }

                CheckDay(findings, instance, at + ".hours", dated.Ranges);
            }

            foreach (var (day, ranges) in hours.Weekly.OrderBy(d => d.Key))
            {
                CheckDay(findings, instance, $"{path}.weekly.{day}", ranges);
            }
        }
    }

    private static void CheckDay(LintFindings findings, InstanceModel instance, string path, IReadOnlyList<TimeRange> ranges)
    {
        var ordered = ranges.OrderBy(r => r.Start).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            var previous = ordered[i - 1];
            if (previous.End is null || previous.End.Value > ordered[i].Start)
            {
                Report(findings, LintRules.HoursTimeRange, instance, path,
                    $"time ranges {previous} and {ordered[i]} overlap; Amazon Connect takes the slices of one day one after another, without overlap");
            }
        }
    }

    private static void Report(LintFindings findings, LintRule rule, InstanceModel instance, string field, string message) =>
        findings.Add(new LintFinding(rule, new Diagnostic(rule.Id, rule.Severity, DiagnosticLocation.InFile(instance.File, field), message)));
}
