using DynamicContactCenter.Routing.Diagnostics;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Routing.Yaml;
using NodaTime;
using NodaTime.Text;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Flows.Instance;

/// <summary>Loads <c>config/instance.yaml</c> into an <see cref="InstanceModel"/>. Never throws for bad input: each problem is a
/// diagnostic naming the file, the key path and the line.</summary>
public static class InstanceModelLoader
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    /// <summary>Reads and loads the instance model in <paramref name="path"/>.</summary>
    public static Result<InstanceModel> LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            if (SafeYaml.Decode(File.ReadAllBytes(path), path, out var text) is { } refusal)
            {
                return new Result<InstanceModel>(null, [refusal]);
            }

            return Load(text, Path.GetFullPath(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            var reader = new YamlNodeReader(path);
            reader.Error(FlowMessages.InstanceYamlInvalid, "(file)", null, e.Message);
            return new Result<InstanceModel>(null, [.. reader.Diagnostics]);
        }
    }

    /// <summary>Loads an instance model from YAML text.</summary>
    /// <param name="yaml">The YAML.</param>
    /// <param name="file">The file it came from (flow files resolve relative to its folder), or null.</param>
    public static Result<InstanceModel> Load(string yaml, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var reader = new YamlNodeReader(file);
        var loaded = SafeYaml.Load(yaml, file, (line, message) => reader.ErrorAt(FlowMessages.InstanceYamlInvalid, $"(line {line})", null, message));
        if (loaded.Value is not { } stream)
        {
            return new Result<InstanceModel>(null, loaded.Diagnostics);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            reader.Error(FlowMessages.InstanceYamlInvalid, "(root)", null,
                "expected a mapping with instance, queues, hoursOfOperation, agents, flows and functions");
            return new Result<InstanceModel>(null, [.. reader.Diagnostics]);
        }

        var model = new Builder(reader, file).Build(root);
        return new Result<InstanceModel>(reader.HasErrors ? null : model, [.. reader.Diagnostics]);
    }

    private sealed class Builder(YamlNodeReader r, string? file)
    {
        public InstanceModel Build(YamlMappingNode root)
        {
            var instance = r.Mapping(root, "instance", "instance", required: true, "a mapping with arn (and optionally defaultFlow)");
            var arn = instance is null ? null : r.Scalar(instance, "arn", "instance.arn", required: true, "the instance ARN arn:aws:connect:REGION:ACCOUNT:instance/ID");
            if (arn is not null && !arn.StartsWith("arn:aws:connect:", StringComparison.Ordinal))
            {
                r.Error(FlowMessages.InstanceInvalidValue, "instance.arn", YamlReader.Get(instance!, "arn"), arn,
                    "an ARN arn:aws:connect:REGION:ACCOUNT:instance/ID");
            }

            var defaultFlow = instance is null ? null : r.Scalar(instance, "defaultFlow", "instance.defaultFlow", required: false, "a flow name");
            var hours = ReadEach(root, "hoursOfOperation", ReadHours);
            var hourNames = hours.Select(h => h.Name).ToHashSet(StringComparer.Ordinal);
            var queues = ReadEach(root, "queues", (name, map, path) => ReadQueue(name, map, path, hourNames));
            var queueNames = queues.Select(q => q.Name).ToHashSet(StringComparer.Ordinal);
            var agents = ReadEach(root, "agents", (name, map, path) => ReadAgent(name, map, path, queueNames));
            var flows = ReadEach(root, "flows", ReadFlow);
            var functions = ReadEach(root, "functions", ReadFunction);
            var flowNames = flows.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
            var phoneNumbers = ReadStringMap(root, "phoneNumbers");
            foreach (var (number, flow) in phoneNumbers.Where(p => !flowNames.Contains(p.Value)))
            {
                r.Error(FlowMessages.InstanceUnknownReference, $"phoneNumbers[\"{number}\"]", null, flow, "flows");
            }

            if (defaultFlow is not null && !flowNames.Contains(defaultFlow))
            {
                r.Error(FlowMessages.InstanceUnknownReference, "instance.defaultFlow", YamlReader.Get(instance!, "defaultFlow"),
                    defaultFlow, "flows");
            }

            CheckUnique(queues.Select(q => q.Arn), "queues");
            CheckUnique(flows.Where(f => f.Arn is not null).Select(f => f.Arn!), "flows");
            CheckUnique(functions.SelectMany(f => f.Arns), "functions");
            var voices = r.ScalarList(YamlReader.Get(root, "voices"), "voices").Select(v => v.Value);
            var customerData = new CustomerDataReader(r, (path, node, value, expected) => r.Error(ProfileMessages.InvalidRecord, path, node, value, expected), "")
                .ReadInstanceSections(root);
            return new InstanceModel(file, arn ?? "", defaultFlow, phoneNumbers, queues, hours, agents, flows, functions,
                ReadStringMap(root, "placeholders"), voices)
            {
                Bots = BotModelReader.Read(r, root),
                CustomerData = customerData,
                DefaultCustomerQueueFlow = ReadDefaultHookFlow(instance, "defaultCustomerQueueFlow", flowNames),
                DefaultCustomerWhisperFlow = ReadDefaultHookFlow(instance, "defaultCustomerWhisperFlow", flowNames),
                DefaultAgentWhisperFlow = ReadDefaultHookFlow(instance, "defaultAgentWhisperFlow", flowNames),
            };
        }

        /// <summary>An instance default hook flow (the flows Connect runs when no UpdateContactEventHooks sets one): a flow name of <c>flows:</c>.</summary>
        private string? ReadDefaultHookFlow(YamlMappingNode? instance, string key, HashSet<string> flowNames)
        {
            var flow = instance is null ? null : r.Scalar(instance, key, "instance." + key, required: false, "a flow name");
            if (flow is not null && !flowNames.Contains(flow))
            {
                r.Error(FlowMessages.InstanceUnknownReference, "instance." + key, YamlReader.Get(instance!, key), flow, "flows");
            }

            return flow;
        }

        private ImmutableArray<T> ReadEach<T>(YamlMappingNode root, string key, Func<string, YamlMappingNode, string, T?> read)
            where T : class
        {
            var section = r.Mapping(root, key, key, required: false, $"a mapping of {key} by name");
            if (section is null) return [];
            var items = ImmutableArray.CreateBuilder<T>();
            foreach (var (keyNode, valueNode) in section.Children)
            {
                var name = YamlReader.Text(keyNode);
                var path = $"{key}.{name}";
                if (valueNode is not YamlMappingNode map)
                {
                    r.Error(FlowMessages.InstanceInvalidValue, path, valueNode, YamlReader.Text(valueNode), "a mapping");
                    continue;
                }

                var item = read(name, map, path);
                if (item is not null) items.Add(item);
            }

            return items.ToImmutable();
        }

        private HoursOfOperation? ReadHours(string name, YamlMappingNode map, string path)
        {
            var zoneId = r.Scalar(map, "timeZone", path + ".timeZone", required: true, "an IANA time zone such as America/New_York");
            var zone = zoneId is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId);
            if (zoneId is not null && zone is null)
            {
                r.Error(FlowMessages.InstanceUnknownTimeZone, path + ".timeZone", YamlReader.Get(map, "timeZone"), zoneId);
            }

            var weekly = ImmutableDictionary.CreateBuilder<IsoDayOfWeek, ImmutableArray<TimeRange>>();
            var week = r.Mapping(map, "weekly", path + ".weekly", required: true, "a mapping of days (Monday...) to ranges such as 08:00-20:00");
            foreach (var (dayNode, rangesNode) in week?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
            {
                var dayName = YamlReader.Text(dayNode);
                if (!Enum.TryParse<IsoDayOfWeek>(dayName, ignoreCase: true, out var day) || day == IsoDayOfWeek.None || int.TryParse(dayName, out _))
                {
                    r.Error(FlowMessages.InstanceInvalidValue, $"{path}.weekly.{dayName}", dayNode, dayName, "a day name such as Monday");
                    continue;
                }

                weekly[day] = ReadRanges(rangesNode, $"{path}.weekly.{dayName}");
            }

            var overrides = ImmutableArray.CreateBuilder<HoursOverride>();
            var overridesNode = YamlReader.Get(map, "overrides");
            if (overridesNode is YamlSequenceNode sequence)
            {
                var i = 0;
                foreach (var item in sequence.Children)
                {
                    var at = $"{path}.overrides[{i++}]";
                    if (item is not YamlMappingNode overrideMap)
                    {
                        r.Error(FlowMessages.InstanceInvalidValue, at, item, YamlReader.Text(item), "a mapping with date and closed or hours");
                        continue;
                    }

                    var dateText = r.Scalar(overrideMap, "date", at + ".date", required: true, "a date YYYY-MM-DD");
                    var date = dateText is null ? null : DatePattern.Parse(dateText);
                    if (date is { Success: false })
                    {
                        r.Error(FlowMessages.InstanceInvalidValue, at + ".date", YamlReader.Get(overrideMap, "date"), dateText, "a date YYYY-MM-DD");
                    }

                    var closed = r.Scalar(overrideMap, "closed", at + ".closed", required: false, "true or false");
                    var ranges = string.Equals(closed, "true", StringComparison.OrdinalIgnoreCase) ? [] : ReadRanges(YamlReader.Get(overrideMap, "hours"), at + ".hours");
                    if (date is { Success: true }) overrides.Add(new HoursOverride(date.Value, r.Scalar(overrideMap, "name", at + ".name", false, "a name"), ranges));
                }
            }
            else if (overridesNode is not null && !YamlReader.IsNull(overridesNode))
            {
                r.Error(FlowMessages.InstanceInvalidValue, path + ".overrides", overridesNode, YamlReader.Text(overridesNode), "a list of dated overrides");
            }

            var arn = r.Scalar(map, "arn", path + ".arn", required: false, "an ARN");
            return zone is null ? null : new HoursOfOperation(name, arn, zone, weekly.ToImmutable(), overrides.ToImmutable());
        }

        private ImmutableArray<TimeRange> ReadRanges(YamlNode? node, string path)
        {
            var ranges = ImmutableArray.CreateBuilder<TimeRange>();
            foreach (var (text, itemNode) in r.ScalarList(node, path))
            {
                if (string.Equals(text, "closed", StringComparison.OrdinalIgnoreCase)) continue;
                var range = ParseRange(text);
                if (range is null)
                {
                    r.Error(FlowMessages.InstanceInvalidValue, path, itemNode, text,
                        "a range HH:mm-HH:mm with the end after the start (24:00 for midnight), or closed");
                    continue;
                }

                ranges.Add(range);
            }

            return ranges.ToImmutable();
        }

        private static TimeRange? ParseRange(string text)
        {
            var parts = text.Split('-', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2) return null;
            var start = TimePattern.Parse(parts[0]);
            if (!start.Success) return null;
            if (parts[1] == "24:00") return new TimeRange(start.Value, null);
            var end = TimePattern.Parse(parts[1]);
            return end.Success && end.Value > start.Value ? new TimeRange(start.Value, end.Value) : null;
        }

        private QueueDefinition? ReadQueue(string name, YamlMappingNode map, string path, HashSet<string> hourNames)
        {
            var arn = r.Scalar(map, "arn", path + ".arn", required: true, "the queue ARN");
            var hours = r.Scalar(map, "hours", path + ".hours", required: false, "the name of hours of operation");
            if (hours is not null && !hourNames.Contains(hours))
            {
                r.Error(FlowMessages.InstanceUnknownReference, path + ".hours", YamlReader.Get(map, "hours"), hours, "hoursOfOperation");
            }

            var max = r.Integer(map, "maxContacts", path + ".maxContacts", 0);
            var waiting = r.Integer(map, "contactsInQueue", path + ".contactsInQueue", 0) ?? 0;
            var oldest = r.Integer(map, "oldestContactAgeSeconds", path + ".oldestContactAgeSeconds", 0) ?? 0;
            var answerAfterText = r.Scalar(map, "answerAfter", path + ".answerAfter", required: false, Execution.Queueing.WaitDurationParser.Expected);
            TimeSpan? answerAfter = null;
            if (answerAfterText is not null)
            {
                if (Execution.Queueing.WaitDurationParser.TryParse(answerAfterText, out var parsed)) answerAfter = parsed;
                else r.Error(FlowMessages.InstanceInvalidValue, path + ".answerAfter", YamlReader.Get(map, "answerAfter"), answerAfterText, Execution.Queueing.WaitDurationParser.Expected);
            }

            return arn is null ? null : new QueueDefinition(name, arn, hours, max, waiting, oldest) { AnswerAfter = answerAfter };
        }

        private AgentDefinition? ReadAgent(string name, YamlMappingNode map, string path, HashSet<string> queueNames)
        {
            var queues = r.ScalarList(YamlReader.Get(map, "queues"), path + ".queues");
            foreach (var (queue, node) in queues.Where(q => !queueNames.Contains(q.Value)))
            {
                r.Error(FlowMessages.InstanceUnknownReference, path + ".queues", node, queue, "queues");
            }

            var statusText = r.Scalar(map, "status", path + ".status", required: false, AgentStatusParser.Expected) ?? "Available";
            if (!AgentStatusParser.TryParse(statusText, out var status))
            {
                r.Error(FlowMessages.InstanceInvalidValue, path + ".status", YamlReader.Get(map, "status"), statusText, AgentStatusParser.Expected);
                return null;
            }

            return new AgentDefinition(name, [.. queues.Select(q => q.Value)], status);
        }

        private FlowDefinition? ReadFlow(string name, YamlMappingNode map, string path) =>
            new(name, r.Scalar(map, "arn", path + ".arn", required: false, "the flow ARN"),
                r.Scalar(map, "file", path + ".file", required: false, "the flow file path"),
                r.Scalar(map, "type", path + ".type", required: false, "a flow type such as CONTACT_FLOW") ?? "CONTACT_FLOW");

        private FunctionDefinition? ReadFunction(string name, YamlMappingNode map, string path)
        {
            var arns = new List<string>();
            var arn = r.Scalar(map, "arn", path + ".arn", required: false, "the function ARN");
            if (arn is not null) arns.Add(arn);
            arns.AddRange(r.ScalarList(YamlReader.Get(map, "arns"), path + ".arns").Select(a => a.Value));
            string? stub = null;
            var stubNode = YamlReader.Get(map, "stub");
            if (stubNode is YamlMappingNode stubMap) stub = YamlJson.Write(stubMap);
            else if (stubNode is not null && !YamlReader.IsNull(stubNode))
            {
                r.Error(FlowMessages.InstanceInvalidValue, path + ".stub", stubNode, YamlReader.Text(stubNode), "a mapping of response keys to values");
            }

            return new FunctionDefinition(name, [.. arns.Distinct(StringComparer.Ordinal)], stub);
        }

        private ImmutableDictionary<string, string> ReadStringMap(YamlMappingNode root, string key)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            var map = r.Mapping(root, key, key, required: false, "a mapping of names to values");
            foreach (var (k, v) in map?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
            {
                if (v is YamlScalarNode scalar) builder[YamlReader.Text(k)] = scalar.Value ?? "";
                else r.Error(FlowMessages.InstanceInvalidValue, $"{key}.{YamlReader.Text(k)}", v, YamlReader.Text(v), "a text value");
            }

            return builder.ToImmutable();
        }

        private void CheckUnique(IEnumerable<string> values, string section)
        {
            foreach (var duplicate in values.GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                r.Error(FlowMessages.InstanceDuplicate, section, null, duplicate.Key);
            }
        }

        public override string ToString() => file ?? "(text)";
    }
}
