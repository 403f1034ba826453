using System.Collections.Immutable;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Routing.Yaml;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>Reads Lambda mocks: a scenario's or the defaults' <c>mocks:</c> list (<c>{function, response|responses|throws|timeout, when, delay}</c>) and
/// the body of one mock in a <c>dcc call --mock NAME=FILE</c> file (the same keys without <c>function</c>; JSON is YAML, so a .json file
/// reads the same). One rule for both, so a mock moves between a call and a scenario unchanged.</summary>
internal static class MockReader
{
    /// <summary>The keys of a mock's body: exactly one of them.</summary>
    public const string BodyKeys = "response, responses, throws or timeout";

    /// <summary>The same keys, for key checks.</summary>
    public static readonly string[] BodyKeyNames = ["response", "responses", "throws", "timeout"];

    /// <summary>Keys a body may carry besides its answer: <c>when:</c> (what the function must be sent) and <c>delay:</c> (how long it takes).</summary>
    public static readonly string[] OptionKeyNames = ["when", "delay"];

    /// <summary>Reads a <c>mocks:</c> list at <paramref name="key"/>.</summary>
    public static ImmutableArray<FunctionMock> ReadList(ScenarioYamlReader reader, YamlNode? node, string key)
    {
        var mocks = ImmutableArray.CreateBuilder<FunctionMock>();
        if (reader.Sequence(node, key, "a list of mocks: {function, response|responses|throws|timeout}") is not { } list) return mocks.ToImmutable();
        for (var i = 0; i < list.Children.Count; i++)
        {
            var entry = $"{key}[{i}]";
            if (reader.Mapping(list.Children[i], entry, "a mapping: {function: NAME, response: {...}}") is not { } map) continue;
            reader.OnlyKnownKeys(map, entry, ["function", .. BodyKeyNames, .. OptionKeyNames]);
            var function = reader.Scalar(map, "function", entry + ".function", "a function name, ARN or placeholder text");
            if (function is null || function.Trim().Length == 0)
            {
                reader.Report(ScenarioMessages.MissingKey, entry + ".function", map, entry + ".function", "the function's name, ARN or placeholder text as the flow writes it");
                continue;
            }

            if (ReadBody(reader, map, entry, function.Trim()) is { } mock) mocks.Add(mock);
        }

        return mocks.ToImmutable();
    }

    /// <summary>Reads the body of one mock of <paramref name="target"/> from <paramref name="map"/>.</summary>
    public static FunctionMock? ReadBody(ScenarioYamlReader reader, YamlMappingNode map, string key, string target)
    {
        var present = BodyKeyNames.Where(k => YamlReader.Value(map, k) is not null).ToList();
        if (present.Count != 1)
        {
            reader.Report(ScenarioMessages.MissingKey, key, map, $"{key}: exactly one of {BodyKeys}" + (present.Count > 1 ? $" (found {string.Join(", ", present)})" : ""),
                "response: the body it answers, responses: one body per invocation, throws: the error text, or timeout: true");
            return null;
        }

        var when = ReadWhen(reader, map, key);
        var delay = ReadDelay(reader, map, key);
        MockAnswer? single = present[0] switch
        {
            "response" => Response(YamlReader.Value(map, "response")!),
            "throws" => reader.Scalar(map, "throws", key + ".throws", "the error text the function raises") is { } error ? MockAnswer.Error(error) : null,
            "timeout" => Timeout(reader, map, key),
            _ => null,
        };
        if (single is not null) return new FunctionMock(target, [single with { Delay = delay }]) { When = when };
        if (present[0] != "responses") return null;
        if (reader.Sequence(YamlReader.Value(map, "responses"), key + ".responses", "a list of bodies, one per invocation") is not { Children.Count: > 0 } list)
        {
            reader.Report(ScenarioMessages.MissingKey, key + ".responses", map, key + ".responses", "at least one body");
            return null;
        }

        return new FunctionMock(target, [.. list.Children.Select(n => Response(n) with { Delay = delay })]) { When = when };
    }

    /// <summary><c>when:</c> NAME: VALUE pairs, each key a parameter name or <c>$.Attributes.NAME</c> (<see cref="InvocationValues"/>).</summary>
    internal static ImmutableDictionary<string, string> ReadWhen(ScenarioYamlReader reader, YamlMappingNode map, string key) =>
        ReadSentValues(reader, YamlReader.Value(map, "when"), key + ".when");

    /// <summary>NAME: VALUE pairs of what a function is sent (a mock's <c>when:</c>, an expectation's <c>sent:</c>); a key that is not
    /// sent to a function is an error naming it.</summary>
    internal static ImmutableDictionary<string, string> ReadSentValues(ScenarioYamlReader reader, YamlNode? node, string key)
    {
        var values = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (name, value, valueNode) in reader.Pairs(node, key, "NAME: VALUE pairs, NAME " + InvocationValues.KeyForm))
        {
            if (InvocationValues.IsKey(name)) values[name] = value;
            else reader.Report(ScenarioMessages.InvalidValue, $"{key}.{name}", valueNode, name, $"a key of {key}", InvocationValues.KeyForm);
        }

        // Empty is the shared empty instance, so an expectation or mock without the key equals one built without it.
        return values.Count == 0 ? ImmutableDictionary<string, string>.Empty : values.ToImmutable();
    }

    /// <summary><c>delay:</c> how long the function takes, e.g. <c>3s</c>, <c>1.5s</c> or <c>250ms</c>; zero when absent.</summary>
    private static TimeSpan ReadDelay(ScenarioYamlReader reader, YamlMappingNode map, string key)
    {
        if (reader.Scalar(map, "delay", key + ".delay", DelayForm) is not { } text) return TimeSpan.Zero;
        if (TryParseDelay(text.Trim(), out var delay)) return delay;
        reader.Report(ScenarioMessages.InvalidValue, key + ".delay", YamlReader.Value(map, "delay"), text, key + ".delay", DelayForm);
        return TimeSpan.Zero;
    }

    private const string DelayForm = "a duration in seconds or milliseconds, e.g. 3s, 1.5s or 250ms";

    private static bool TryParseDelay(string text, out TimeSpan delay)
    {
        delay = TimeSpan.Zero;
        var (number, scale) = text.EndsWith("ms", StringComparison.Ordinal) ? (text[..^2], 0.001)
            : text.EndsWith('s') ? (text[..^1], 1.0) : (null, 0);
        if (number is null || !double.TryParse(number, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value)
            || value * scale > 900) // a Lambda function runs at most 15 minutes
        {
            return false;
        }

        delay = TimeSpan.FromSeconds(value * scale);
        return true;
    }

    private static MockAnswer? Timeout(ScenarioYamlReader reader, YamlMappingNode map, string key)
    {
        if (reader.Scalar(map, "timeout", key + ".timeout", "true") is "true") return MockAnswer.Timeout;
        reader.Report(ScenarioMessages.InvalidValue, key + ".timeout", YamlReader.Value(map, "timeout"), YamlReader.Text(YamlReader.Value(map, "timeout")!), key + ".timeout", "true");
        return null;
    }

    /// <summary>A body as the function returns it: a mapping or list as JSON (<see cref="YamlJson"/>), a scalar as the raw body text.</summary>
    private static MockAnswer Response(YamlNode node) =>
        MockAnswer.Response(node is YamlScalarNode scalar ? scalar.Value ?? "" : YamlJson.Write(node));
}
