using System.Text;
using DynamicContactCenter.Flows.Instance;

namespace DynamicContactCenter.Cli.Init;

/// <summary>Writes the instance.yaml of <c>dcc init --from</c>: every queue, hours, function, flow and placeholder the team's flows
/// name (<see cref="FlowReferences"/>), modelled so that a call runs through them without stubs: queues open (hours "Always open") and
/// staffed by one available agent, functions answered by an empty <c>stub:</c> response. Every value a flow wrote is kept as
/// written (an ARN stays the queue's ARN, a name stays its name), so the file tells the team what to replace.</summary>
internal static class InstanceModelWriter
{
    /// <summary>The account of the ARNs init makes up: AWS's documentation account, never a real one.</summary>
    private const string Account = "123456789012";
    private const string InstanceArn = $"arn:aws:connect:us-east-1:{Account}:instance/00000000-0000-0000-0000-000000000000";
    private const string AlwaysOpen = "Always open";

    /// <summary>The instance.yaml text for <paramref name="flows"/>.</summary>
    public static string Write(IReadOnlyList<InitFlow> flows)
    {
        var references = FlowReferences.Of(flows.Select(f => f.Model));
        var queues = new Dictionary<string, string>(StringComparer.Ordinal);   // name → ARN
        var hours = new Dictionary<string, string>(StringComparer.Ordinal);
        var functions = new Dictionary<string, string?>(StringComparer.Ordinal);
        var placeholders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var queue in references.Queues) Add(queues, queue, "queue");
        foreach (var h in references.Hours) Add(hours, h, "operating-hours");
        foreach (var function in references.Functions)
        {
            // A Lambda ARN keeps its function name (…:function:NAME[:alias]); a bare name is the function's name.
            var parts = function.Split(':');
            functions[Unique(functions, parts.Length >= 7 && parts[5] == "function" ? parts[6] : function)] = parts.Length >= 7 ? function : null;
        }

        var flowNames = flows.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var unmatchedFlows = references.Flows.Where(f => !flowNames.Contains(f)).ToList();
        foreach (var (name, kind) in references.Placeholders.Where(p => p.Name != "Environment"))
        {
            var baseName = name.EndsWith("Arn", StringComparison.Ordinal) && name.Length > 3 ? name[..^3] : name;
            switch (kind)
            {
                // ${XArn} resolves to the ARN of function or flow X (InstanceModel.ResolvePlaceholder): model X, no entry needed.
                case FlowReferenceKind.Function: functions[baseName] = $"arn:aws:lambda:us-east-1:{Account}:function:{baseName}"; break;
                case FlowReferenceKind.Flow when flowNames.Contains(baseName): break;
                case FlowReferenceKind.Flow: unmatchedFlows.Add("${" + name + "}"); break;
                case FlowReferenceKind.Queue: placeholders[name] = queues[name] = $"{InstanceArn}/queue/{name}"; break;
                case FlowReferenceKind.Hours: placeholders[name] = hours[name] = $"{InstanceArn}/operating-hours/{name}"; break;
                case FlowReferenceKind.Prompt: placeholders[name] = $"{InstanceArn}/prompt/{name}"; break;
                default: placeholders[name] = $"<{name}>"; break;
            }
        }

        var yaml = new StringBuilder();
        yaml.Append("# Local model of the Amazon Connect instance, written by dcc init --from ").AppendLine(string.Join(", ", flows.Select(f => f.FileName)))
            .AppendLine("# Every queue, hours, function and placeholder those flows name is here, so they run at once: replace the made-up ARNs")
            .AppendLine("# (account " + Account + ") and the queues' hours and agents with your instance's (format: docs/project.md).")
            .AppendLine("instance:").AppendLine($"  arn: {InstanceArn}")
            .AppendLine($"  defaultFlow: {Quote(flows[0].Name)}");
        Section(yaml, "placeholders", placeholders.Select(p => $"  {Quote(p.Key)}: {Quote(p.Value)}"));
        yaml.AppendLine().AppendLine("hoursOfOperation:").AppendLine($"  {Quote(AlwaysOpen)}:").AppendLine("    timeZone: UTC").AppendLine("    weekly:");
        foreach (var day in (string[])["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]) yaml.AppendLine($"      {day}: [\"00:00-24:00\"]");
        foreach (var (name, arn) in hours)
        {
            yaml.AppendLine($"  {Quote(name)}:").AppendLine($"    arn: {Quote(arn)}").AppendLine("    timeZone: UTC").AppendLine("    weekly:");
            foreach (var day in (string[])["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]) yaml.AppendLine($"      {day}: [\"00:00-24:00\"]");
        }

        Section(yaml, "queues", queues.Select(q => $"  {Quote(q.Key)}:\n    arn: {Quote(q.Value)}\n    hours: {Quote(AlwaysOpen)}\n    maxContacts: 10"));
        if (queues.Count > 0)
        {
            yaml.AppendLine().AppendLine("agents:").AppendLine("  agent:").AppendLine($"    queues: [{string.Join(", ", queues.Keys.Select(Quote))}]").AppendLine("    status: Available");
        }

        Section(yaml, "flows", flows.Select(f =>
            $"  {Quote(f.Name)}:\n    arn: {Quote($"{InstanceArn}/contact-flow/{Slug(f.Name)}")}\n    file: {Quote("flows/" + f.FileName)}\n    type: CONTACT_FLOW"));
        Section(yaml, "functions", functions.Select(f => $"  {Quote(f.Key)}:\n" + (f.Value is null ? "" : $"    arn: {Quote(f.Value)}\n") + "    stub: {}"));
        Comment(yaml, "Flows these flows transfer to that were not given with --from (a transfer to them ends the call transferred;\n# add them with dcc init --from, or under flows: with their ARN and file):", unmatchedFlows);
        Comment(yaml, "Prompts these flows play (the instance model has no prompt audio: a call notes each as played):", references.Prompts);
        return yaml.ToString();
    }

    private static void Add(Dictionary<string, string> section, string reference, string resource)
    {
        // An ARN keeps its value and is named by its last segment; a name or id keeps its value as the name (FindQueue/FindHours match both).
        if (reference.StartsWith("arn:", StringComparison.Ordinal)) section[Unique(section, reference[(reference.LastIndexOf('/') + 1)..])] = reference;
        else section[Unique(section, reference)] = $"{InstanceArn}/{resource}/{Slug(reference)}";
    }

    private static string Unique<T>(Dictionary<string, T> section, string name)
    {
        var candidate = name;
        for (var i = 2; section.ContainsKey(candidate); i++) candidate = $"{name}-{i}";
        return candidate;
    }

    private static string Slug(string name) => new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')]);

    private static void Section(StringBuilder yaml, string key, IEnumerable<string> entries)
    {
        var lines = entries.ToList();
        if (lines.Count == 0) return;
        yaml.AppendLine().AppendLine(key + ":");
        foreach (var line in lines) yaml.AppendLine(line.Replace("\n", Environment.NewLine, StringComparison.Ordinal));
    }

    private static void Comment(StringBuilder yaml, string heading, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count == 0) return;
        yaml.AppendLine().Append("# ").AppendLine(heading);
        foreach (var item in list) yaml.Append("#   ").AppendLine(item);
    }

    /// <summary>A YAML double-quoted scalar: any text (ARNs, names with spaces, % or #) reads back as written.</summary>
    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
