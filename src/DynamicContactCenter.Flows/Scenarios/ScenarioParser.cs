using System.Collections.Immutable;
using System.Globalization;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Routing.Yaml;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>Parses a scenario file (<c>scenarios/*.yaml</c>): an optional <c>defaults:</c> call shared by every scenario, and a
/// <c>scenarios:</c> list of <c>{name, call, faults, expect}</c>. Reflection-free (YamlDotNet RepresentationModel), so AOT-safe.
/// Every problem is a diagnostic naming the file, the scenario, the key and the line; a file with any error yields no scenarios.</summary>
public static partial class ScenarioParser
{
    private static readonly string[] ScenarioKeys = ["name", "description", "call", "faults", "mocks", "expect", "profiles", "cases"];

    // What defaults: holds besides call keys: the mocks and faults every scenario gets, strict (unknown references are errors), and the
    // profiles and cases every call starts with.
    private static readonly string[] DefaultsOnlyKeys = ["mocks", "strict", "faults", "profiles", "cases"];
    private static readonly string[] CallKeys = ["number", "at", "caller", "agents", "input", "environment", "flow", "contactsInQueue", "attributes", "seed", "say", "patience", "channel", "start", "wait", "hold", "stubs", .. ScenarioCallModel.Keys];
    private static readonly string[] FaultKinds = ["throws", "timeout", "nested", "notJson"];

    /// <summary>Reads and parses the file at <paramref name="path"/>; <paramref name="displayName"/> names it in diagnostics.</summary>
    /// <remarks>With <paramref name="instance"/>, the queues named under <c>agents:</c> are checked against it.</remarks>
    public static Result<ScenarioFile> ParseFile(string path, string? displayName = null, InstanceModel? instance = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            if (SafeYaml.Decode(System.IO.File.ReadAllBytes(path), displayName ?? path, out text) is { } refusal)
            {
                return new(null, [refusal]);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(null, [ScenarioMessages.InvalidYaml.ErrorAt(DiagnosticLocation.InFile(displayName ?? path, "file"), e.Message)]);
        }

        return Parse(text, displayName ?? path, instance);
    }

    /// <summary>Parses scenario YAML read from <paramref name="file"/>.</summary>
    /// <remarks>With <paramref name="instance"/>, the queues named under <c>agents:</c> are checked against it.</remarks>
    public static Result<ScenarioFile> Parse(string yaml, string file, InstanceModel? instance = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(file);
        var reader = new ScenarioYamlReader(file);
        var loaded = SafeYaml.Load(yaml, file, (line, message) => reader.ErrorAt(ScenarioMessages.InvalidYaml, "file", line, message));
        if (loaded.Value is not { } stream)
        {
            return new(null, loaded.Diagnostics);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || YamlReader.Value(root, "scenarios") is not YamlSequenceNode list)
        {
            var found = stream.Documents.Count == 0 ? "an empty file" : YamlReader.Text(stream.Documents[0].RootNode);
            reader.Report(ScenarioMessages.NotAScenarioFile, "scenarios", stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode, found);
            return new(null, [.. reader.Diagnostics]);
        }

        if (list.Children.Count == 0)
        {
            reader.Report(ScenarioMessages.NoScenarios, "scenarios", list);
        }

        reader.OnlyKnownKeys(root, "file", "defaults", "scenarios", "unreachable");
        var defaults = reader.Mapping(YamlReader.Value(root, "defaults"), "defaults", "a mapping of call keys (at, caller, agents, ...)");
        if (defaults is not null) reader.OnlyKnownKeys(defaults, "defaults", [.. CallKeys, .. DefaultsOnlyKeys]);
        var defaultMocks = defaults is null ? [] : MockReader.ReadList(reader, YamlReader.Value(defaults, "mocks"), "defaults.mocks").Select(m => m with { FromDefaults = true }).ToImmutableArray();
        var defaultFaults = defaults is null ? [] : ReadFaults(reader, YamlReader.Value(defaults, "faults"), "defaults.faults").Select(f => f with { FromDefaults = true }).ToImmutableArray();
        var strict = defaults is not null && ReadStrict(reader, defaults);
        var defaultSeed = defaults is null ? CustomerDataModel.Empty : CustomerDataSeedReader.Read(reader, defaults, "defaults.");

        var scenarios = new List<Scenario>();
        var names = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < list.Children.Count; i++)
        {
            reader.Scope = $"scenarios[{i}]";
            if (reader.Mapping(list.Children[i], "scenarios", "a mapping with name, call and expect") is not { } node) continue;
            var scenario = ReadScenario(reader, node, defaults, file, instance);
            if (scenario is not null) scenario = WithMocks(reader, scenario, node, defaultMocks, strict);
            if (scenario is not null) scenario = WithDefaultFaults(scenario, defaultFaults);
            if (scenario is not null)
            {
                var seed = CustomerDataSeedReader.Merge(CustomerDataSeedReader.Read(reader, node, ""), defaultSeed);
                scenario = scenario with { Call = scenario.Call with { CustomerData = seed } };
            }

            if (scenario is null) continue;
            if (names.TryGetValue(scenario.Name, out var firstLine))
            {
                reader.Report(ScenarioMessages.DuplicateName, "name", node, scenario.Name, firstLine);
                continue;
            }

            names[scenario.Name] = scenario.Line;
            scenarios.Add(scenario);
        }

        reader.Scope = "file";
        var unreachable = UnreachableReader.Read(reader, root);
        return reader.HasErrors ? new(null, [.. reader.Diagnostics]) : new(new ScenarioFile(file, [.. scenarios]) { Unreachable = unreachable }, []);
    }

    /// <summary>The scenario's own mocks first (they win over a default mock of the same function), then the defaults'.</summary>
    private static Scenario WithMocks(ScenarioYamlReader reader, Scenario scenario, YamlMappingNode node, ImmutableArray<Execution.FunctionMock> defaultMocks, bool strict)
    {
        var own = MockReader.ReadList(reader, YamlReader.Value(node, "mocks"), "mocks");
        var mocks = own.AddRange(defaultMocks.Where(d => !own.Any(o => o.Target == d.Target)));
        return scenario with { Call = scenario.Call with { Mocks = mocks, Strict = strict } };
    }

    /// <summary>The defaults' faults the scenario does not replace: a scenario's own mock or fault of a function replaces every default mock
    /// and fault of it (the scenario says what that function does), and its own fault of a table or language replaces the default's.</summary>
    private static Scenario WithDefaultFaults(Scenario scenario, ImmutableArray<ScenarioFault> defaultFaults)
    {
        var own = scenario.Call.Mocks.Where(m => !m.FromDefaults).Select(m => m.Target).Concat(scenario.Faults.Where(f => f.IsFunctionFault).Select(f => f.Target))
            .ToHashSet(StringComparer.Ordinal);
        var kept = defaultFaults.Where(d => d.IsFunctionFault
            ? !own.Contains(d.Target)
            : !scenario.Faults.Any(f => f.Kind == d.Kind && f.Target == d.Target));
        var mocks = scenario.Call.Mocks.Where(m => !m.FromDefaults || !scenario.Faults.Any(f => f.IsFunctionFault && f.Target == m.Target));
        return scenario with { Faults = scenario.Faults.AddRange(kept), Call = scenario.Call with { Mocks = [.. mocks] } };
    }

    private static bool ReadStrict(ScenarioYamlReader reader, YamlMappingNode defaults)
    {
        switch (reader.Scalar(defaults, "strict", "defaults.strict", "true or false"))
        {
            case null or "false":
                return false;
            case "true":
                return true;
            case var other:
                reader.Report(ScenarioMessages.InvalidValue, "defaults.strict", YamlReader.Value(defaults, "strict"), other, "defaults.strict", "true or false");
                return false;
        }
    }

    private static Scenario? ReadScenario(ScenarioYamlReader reader, YamlMappingNode node, YamlMappingNode? defaults, string file, InstanceModel? instance)
    {
        var name = reader.Scalar(node, "name", "name", "the scenario's name");
        if (name is null || name.Trim().Length == 0)
        {
            reader.Report(ScenarioMessages.MissingKey, "name", node, "name", "the scenario's name");
            return null;
        }

        reader.Scope = $"scenario '{name}'";
        reader.OnlyKnownKeys(node, "", ScenarioKeys);
        var errorsBefore = reader.Diagnostics.Count;
        var call = ReadCall(reader, node, defaults, instance);
        var faults = ReadFaults(reader, YamlReader.Value(node, "faults"), "faults");
        var expect = ScenarioExpectationReader.Read(reader, node);
        if (call is null || expect is null || reader.Diagnostics.Count > errorsBefore) return null;
        return new Scenario(name, file, node.Start.Line, call, faults, expect);
    }

    private static ScenarioCall? ReadCall(ScenarioYamlReader reader, YamlMappingNode scenario, YamlMappingNode? defaults, InstanceModel? instance)
    {
        var own = reader.Mapping(YamlReader.Value(scenario, "call"), "call", "a mapping with number, at, agents, ...");
        if (own is not null) reader.OnlyKnownKeys(own, "call", CallKeys);
        // The scenario's own keys win over the file's defaults, key by key.
        var merged = new YamlMappingNode();
        foreach (var source in new[] { defaults, own })
        {
            if (source is null) continue;
            foreach (var (key, value) in source.Children) merged.Children[key] = value;
        }

        var number = reader.Scalar(merged, "number", "call.number", "the dialed number (E.164)");
        var atText = reader.Scalar(merged, "at", "call.at", "an ISO-8601 time with offset");
        if (number is null) reader.Report(ScenarioMessages.MissingKey, "call.number", own ?? scenario, "call.number", "the dialed number (E.164), e.g. \"+14443331111\"");
        if (atText is null) reader.Report(ScenarioMessages.MissingKey, "call.at", own ?? scenario, "call.at", "an ISO-8601 time with offset, e.g. 2026-11-24T10:00:00-05:00 (here or under defaults:)");
        DateTimeOffset at = default;
        if (atText is not null && !Execution.CallTimeParser.TryParse(atText, out at, out var atExpected))
        {
            reader.Report(ScenarioMessages.InvalidValue, "call.at", YamlReader.Value(merged, "at"), atText, "call.at", atExpected);
            atText = null;
        }

        if (number is not null && !Execution.DialedNumberParser.TryParse(number.Trim(), out _, out var numberExpected))
        {
            reader.Report(ScenarioMessages.InvalidValue, "call.number", YamlReader.Value(merged, "number"), number, "call.number", numberExpected);
            number = null;
        }

        var agents = ImmutableDictionary.CreateBuilder<string, AgentStatus>(StringComparer.Ordinal);
        foreach (var (queue, text, node) in reader.Pairs(YamlReader.Value(merged, "agents"), "call.agents", "QUEUE: STATUS pairs"))
        {
            if (AgentStatusOverrideParser.TryParse(queue, text, instance, out var status, out var invalid, out var expected)) agents[queue] = status;
            else reader.Report(ScenarioMessages.InvalidValue, $"call.agents.{queue}", node, invalid, $"call.agents.{queue}", expected);
        }

        var contacts = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        foreach (var (queue, text, node) in reader.Pairs(YamlReader.Value(merged, "contactsInQueue"), "call.contactsInQueue", "QUEUE: COUNT pairs"))
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count)) contacts[queue] = count;
            else reader.Report(ScenarioMessages.InvalidValue, $"call.contactsInQueue.{queue}", node, text, $"call.contactsInQueue.{queue}", "a whole number of contacts waiting");
        }

        var attributes = reader.Pairs(YamlReader.Value(merged, "attributes"), "call.attributes", "NAME: VALUE pairs")
            .ToImmutableDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var seedText = reader.Scalar(merged, "seed", "call.seed", "a whole number");
        var seed = 0;
        if (seedText is not null && !int.TryParse(seedText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed))
        {
            reader.Report(ScenarioMessages.InvalidValue, "call.seed", YamlReader.Value(merged, "seed"), seedText, "call.seed", "a whole number");
        }

        var caller = ReadCaller(reader, merged);
        // wait: how long the caller waits in queue while the customer queue flow plays (dcc call --wait); absent ends the call queued.
        var wait = ReadDuration(reader, merged, "wait");
        // hold: after an agent answers, how long the caller is on hold while the hold flows play (dcc call --hold).
        var hold = ReadDuration(reader, merged, "hold");

        if (number is null || atText is null) return null;
        var call = new ScenarioCall(number.Trim(), at)
        {
            Wait = wait,
            Hold = hold,
            Caller = reader.Scalar(merged, "caller", "call.caller", "the caller's number (E.164)") ?? Execution.CallRequest.DefaultCallerNumber,
            Agents = agents.ToImmutable(),
            Input = reader.Scalar(merged, "input", "call.input", "the keys the caller presses, e.g. \"1#\"") ?? "",
            Environment = reader.Scalar(merged, "environment", "call.environment", "an environment name such as prod"),
            StartFlow = reader.Scalar(merged, "flow", "call.flow", "a flow name, ARN or file"),
            ContactsInQueue = contacts.ToImmutable(),
            Attributes = attributes,
            Seed = seed,
            Utterances = caller.Utterances,
            Patience = caller.Patience,
            Channel = caller.Channel,
            Start = StartStateReader.Read(reader, YamlReader.Value(merged, "start"), "call.start"),
        };
        return StubStateReader.Apply(reader, merged, ScenarioCallModel.Apply(reader, merged, call));
    }

    private static ImmutableArray<ScenarioFault> ReadFaults(ScenarioYamlReader reader, YamlNode? node, string listKey)
    {
        var faults = ImmutableArray.CreateBuilder<ScenarioFault>();
        if (reader.Sequence(node, listKey, "a list of faults") is not { } list) return faults.ToImmutable();
        for (var i = 0; i < list.Children.Count; i++)
        {
            var key = $"{listKey}[{i}]";
            if (reader.Mapping(list.Children[i], key, "a mapping: {function, fault|response}, {store: unavailable, table}, {missingLanguage}, or {fail, error, flow}") is not { } map) continue;
            if (ReadFault(reader, map, key) is { } fault) faults.Add(fault);
        }

        return faults.ToImmutable();
    }

    private static ScenarioFault? ReadFault(ScenarioYamlReader reader, YamlMappingNode map, string key)
    {
        if (reader.Scalar(map, "function", key + ".function", "a function name such as GetPrompts") is { } function)
        {
            reader.OnlyKnownKeys(map, key, "function", "fault", "response");
            var kind = reader.Scalar(map, "fault", key + ".fault", string.Join(", ", FaultKinds));
            var response = YamlReader.Value(map, "response");
            if ((kind is null) == (response is null))
            {
                reader.Report(ScenarioMessages.MissingKey, key + ".fault", map, key + ".fault or .response (exactly one)",
                    $"fault: one of {string.Join(", ", FaultKinds)}, or response: the body the function answers instead");
                return null;
            }

            if (response is not null) return ResponseFault(reader, function, response, key);
            return kind switch
            {
                "throws" => new ScenarioFault(ScenarioFaultKind.FunctionThrows, function),
                "timeout" => new ScenarioFault(ScenarioFaultKind.FunctionTimesOut, function),
                "nested" => new ScenarioFault(ScenarioFaultKind.FunctionReturnsNested, function),
                "notJson" => new ScenarioFault(ScenarioFaultKind.FunctionReturnsNotJson, function),
                _ => Invalid(reader, key + ".fault", YamlReader.Value(map, "fault"), kind!, string.Join(", ", FaultKinds)),
            };
        }

        if (reader.Scalar(map, "store", key + ".store", "unavailable") is { } store)
        {
            reader.OnlyKnownKeys(map, key, "store", "table");
            if (store != "unavailable") return Invalid(reader, key + ".store", YamlReader.Value(map, "store"), store, "unavailable");
            var table = reader.Scalar(map, "table", key + ".table", "Environments, DialedNumbers or Prompts");
            if (table is null) return new ScenarioFault(ScenarioFaultKind.StoreUnavailable, ScenarioFault.AllTables);
            return table.Length > 0 && !char.IsAsciiDigit(table[0]) && Enum.TryParse<RoutingTable>(table, ignoreCase: false, out var parsed)
                ? new ScenarioFault(ScenarioFaultKind.StoreUnavailable, parsed.ToString())
                : Invalid(reader, key + ".table", YamlReader.Value(map, "table"), table, "Environments, DialedNumbers or Prompts");
        }

        if (reader.Scalar(map, "missingLanguage", key + ".missingLanguage", "a language name such as Spanish") is { } language)
        {
            reader.OnlyKnownKeys(map, key, "missingLanguage");
            return new ScenarioFault(ScenarioFaultKind.LanguageMissing, language);
        }

        if (reader.Scalar(map, "fail", key + ".fail", "an action's Identifier") is { } action) return ActionFault(reader, map, key, action);

        reader.Report(ScenarioMessages.MissingKey, key, map, key + ".function, .store, .missingLanguage or .fail",
            "one kind of fault: {function: GetPrompts, fault: throws}, {store: unavailable}, {missingLanguage: Spanish}, or {fail: ACTION, error: NoMatchingError}");
        return null;
    }

    /// <summary><c>{fail: ACTION, error: ERROR, flow: FLOW}</c>: the action fails with ERROR (default NoMatchingError, the branch every
    /// error falls back to) instead of running; FLOW, when given, says which flow's action it is.</summary>
    private static ScenarioFault? ActionFault(ScenarioYamlReader reader, YamlMappingNode map, string key, string action)
    {
        reader.OnlyKnownKeys(map, key, "fail", "error", "flow");
        const string ErrorExpected = "an error type as the flow wires it, e.g. NoMatchingError or QueueAtCapacity";
        if (action.Length == 0) return Invalid(reader, key + ".fail", YamlReader.Value(map, "fail"), action, "an action's Identifier");
        var error = reader.Scalar(map, "error", key + ".error", ErrorExpected) ?? Model.ErrorTypes.NoMatchingError;
        if (error.Length == 0 || !error.All(char.IsAsciiLetter)) return Invalid(reader, key + ".error", YamlReader.Value(map, "error"), error, ErrorExpected);
        return new ScenarioFault(ScenarioFaultKind.ActionFails, action) { ErrorType = error, Flow = reader.Scalar(map, "flow", key + ".flow", "a flow's name") };
    }

    private static ScenarioFault? ResponseFault(ScenarioYamlReader reader, string function, YamlNode response, string key)
    {
        switch (response)
        {
            case YamlScalarNode scalar:
                return new ScenarioFault(ScenarioFaultKind.FunctionResponds, function, scalar.Value ?? "");
            case YamlMappingNode map:
                // A flat map becomes a JSON object of strings, the STRING_MAP shape the flows validate.
                using (var buffer = new MemoryStream())
                {
                    using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                    {
                        writer.WriteStartObject();
                        foreach (var (name, value, _) in reader.Pairs(map, key + ".response", "NAME: VALUE pairs (a flat map of strings)"))
                        {
                            writer.WriteString(name, value);
                        }

                        writer.WriteEndObject();
                    }

                    return new ScenarioFault(ScenarioFaultKind.FunctionResponds, function, System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                }

            default:
                return Invalid(reader, key + ".response", response, YamlReader.Text(response), "a flat map of strings, or the raw body as text");
        }
    }

    private static ScenarioFault? Invalid(ScenarioYamlReader reader, string key, YamlNode? node, string value, string expected)
    {
        reader.Report(ScenarioMessages.InvalidValue, key, node, value, key, expected);
        return null;
    }

    /// <summary>A duration under <c>call:</c> (<c>wait</c>, <c>hold</c>) in the one duration grammar; null when absent or invalid (reported).</summary>
    private static TimeSpan? ReadDuration(ScenarioYamlReader reader, YamlMappingNode merged, string key)
    {
        var expected = Execution.Queueing.WaitDurationParser.Expected;
        if (reader.Scalar(merged, key, "call." + key, expected) is not { } text) return null;
        if (Execution.Queueing.WaitDurationParser.TryParse(text, out var duration)) return duration;
        reader.Report(ScenarioMessages.InvalidValue, "call." + key, YamlReader.Value(merged, key), text, "call." + key, expected);
        return null;
    }
}
