using System.Globalization;
using System.Text;
using DynamicContactCenter.Flows.Instance;
using NodaTime;

namespace DynamicContactCenter.Cli.Packaging.Tenant;

/// <summary>
/// An <c>AWS::Connect::HoursOfOperation</c> resource written from the instance model's hours, so the hours a call is simulated
/// against (<c>dcc call --at</c>) are the hours deployed. The property shape is CloudFormation's (the AWS::Connect::HoursOfOperation
/// schema bundled with cfn-lint 1.51, reference/connect-platform.md §1): <c>Config[]{Day, StartTime{Hours, Minutes}, EndTime}</c> and
/// <c>HoursOfOperationOverrides[]{OverrideName, EffectiveFrom, EffectiveTill (YYYY-MM-DD), OverrideType, OverrideConfig[]}</c>.
/// </summary>
internal static class HoursOfOperationYaml
{
    /// <summary>The resource's lines (the logical id line first), unindented.</summary>
    public static IEnumerable<string> Resource(string logicalId, HoursOfOperation hours)
    {
        yield return $"{logicalId}:";
        yield return "  Type: AWS::Connect::HoursOfOperation";
        yield return "  Properties:";
        yield return "    InstanceArn: !Ref ConnectInstanceArn";
        // Prefixed with the stack so a second stack (dev) or the team's own hours of the same name never clash.
        yield return $"    Name: !Sub {TemplateNames.Quote("${AWS::StackName}-" + hours.Name.Replace("${", "${!", StringComparison.Ordinal))}";
        yield return $"    Description: {TemplateNames.Quote($"{hours.Name}, from config/instance.yaml by dcc package.")}";
        yield return $"    TimeZone: {hours.Zone.Id}";
        var weekly = hours.Weekly.OrderBy(d => d.Key).SelectMany(d => d.Value.Select(r => Slice(d.Key, r))).ToList();
        yield return weekly.Count == 0 ? "    Config: []" : "    Config:";
        foreach (var slice in weekly)
        {
            yield return "      - " + slice;
        }

        if (hours.Overrides.IsEmpty)
        {
            yield break;
        }

        yield return "    HoursOfOperationOverrides:";
        foreach (var dated in hours.Overrides)
        {
            var date = dated.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
            // OverrideName is required (1 to 127 characters); an unnamed override is named by its date.
            yield return $"      - OverrideName: {TemplateNames.Quote(dated.Name ?? date)}";
            yield return $"        EffectiveFrom: \"{date}\"";
            yield return $"        EffectiveTill: \"{date}\"";
            if (dated.Ranges.IsEmpty)
            {
                // A holiday: closed all day. CLOSED needs no time slices (OverrideConfig is required, so it is given empty).
                yield return "        OverrideType: CLOSED";
                yield return "        OverrideConfig: []";
                continue;
            }

            // Reduced or extended hours: STANDARD replaces that day's weekly hours with these slices, as the model does.
            yield return "        OverrideType: STANDARD";
            yield return "        OverrideConfig:";
            foreach (var range in dated.Ranges)
            {
                yield return "          - " + Slice(dated.Date.DayOfWeek, range);
            }
        }
    }

    /// <summary>One time slice as a flow mapping. The schema's slices are 00:00 to 23:59; Connect writes the end of the day (the
    /// model's 24:00) as 00:00, which is what its console shows for a day open until midnight.</summary>
    private static string Slice(IsoDayOfWeek day, TimeRange range)
    {
        var end = range.End ?? LocalTime.Midnight;
        return new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{{ Day: {day.ToString().ToUpperInvariant()}, ")
            .Append(CultureInfo.InvariantCulture, $"StartTime: {{ Hours: {range.Start.Hour}, Minutes: {range.Start.Minute} }}, ")
            .Append(CultureInfo.InvariantCulture, $"EndTime: {{ Hours: {end.Hour}, Minutes: {end.Minute} }} }}")
            .ToString();
    }
}
