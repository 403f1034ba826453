using System.CommandLine;
using System.Text.Json;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Scenarios;

namespace DynamicContactCenter.Cli.Options;

/// <summary><c>--external</c>, <c>--attribute</c> and <c>--flow-attribute</c> NAME=VALUE (repeatable): the state a flow entered
/// mid-journey (<c>--flow</c>) starts with, as the flows before it would have left it: <c>$.External</c> (the last Lambda result),
/// contact attributes and flow attributes. The first <c>=</c> splits, so a value may hold one (a URL, a base64 text).</summary>
internal sealed class StartStateOptions(CliContext context)
{
    private const string Expected = "NAME=VALUE, NAME not empty";

    /// <summary><c>--start FILE</c>: the same state from a JSON (or YAML) file, as a scenario's <c>start:</c>; the NAME=VALUE options win
    /// over it key by key.</summary>
    public Option<StartState?> File { get; } = new("--start")
    {
        Description = "A JSON (or YAML) file with the start state of a flow entered mid-journey: {\"external\": {...}, \"attributes\": {...}, " +
            "\"flowAttributes\": {...}}, as a scenario's start:. --external, --attribute and --flow-attribute win over it.",
        HelpName = "FILE",
        CustomParser = result =>
        {
            var token = result.Tokens.Single().Value;
            var (state, diagnostics) = StartStateFileParser.ParseFile(context.ResolvePath(token));
            if (state is null) OptionValueError.Add(result, CliMessages.InvalidStartFile, token, string.Join("; ", diagnostics.Select(d => d.ToString())));
            return state;
        },
    };

    public Option<IReadOnlyDictionary<string, string>> External { get; } = Pairs("--external",
        "A value of $.External the first flow starts with, NAME=VALUE (repeatable), for a flow entered mid-journey (--flow).");

    public Option<IReadOnlyDictionary<string, string>> Attributes { get; } = Pairs("--attribute",
        "A contact attribute the call starts with, NAME=VALUE (repeatable), as earlier flows would have set it.");

    public Option<IReadOnlyDictionary<string, string>> FlowAttributes { get; } = Pairs("--flow-attribute",
        "A flow attribute ($.FlowAttributes) the first flow starts with, NAME=VALUE (repeatable).");

    /// <summary>The options, in help order.</summary>
    public IEnumerable<Option> All => [File, External, Attributes, FlowAttributes];

    /// <summary><paramref name="request"/> with the start state the command line gives (unchanged when it gives none).</summary>
    public CallRequest ApplyTo(CallRequest request, ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parseResult);
        var file = parseResult.GetValue(File);
        var external = parseResult.GetRequiredValue(External);
        return request with
        {
            // The options' values are flat, as a STRING_MAP Lambda result leaves them; a nested $.External comes from --start FILE.
            InitialExternal = external.Count == 0 && file?.External is null ? request.InitialExternal : Merge(file?.External, external),
            InitialAttributes = Join(request.InitialAttributes, file?.Attributes, parseResult.GetRequiredValue(Attributes)),
            InitialFlowAttributes = Join(request.InitialFlowAttributes, file?.FlowAttributes, parseResult.GetRequiredValue(FlowAttributes)),
        };
    }

    private static Dictionary<string, string> Join(params IReadOnlyDictionary<string, string>?[] layers)
    {
        var joined = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in layers.Where(l => l is not null).SelectMany(l => l!)) joined[name] = value;
        return joined;
    }

    /// <summary>The file's <c>external</c> object with the <c>--external</c> values over it, key by key.</summary>
    private static JsonElement Merge(JsonElement? file, IReadOnlyDictionary<string, string> values)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (file is { ValueKind: JsonValueKind.Object } start)
            {
                foreach (var property in start.EnumerateObject().Where(p => !values.ContainsKey(p.Name))) property.WriteTo(writer);
            }

            foreach (var (name, value) in values) writer.WriteString(name, value);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    private static Option<IReadOnlyDictionary<string, string>> Pairs(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "NAME=VALUE",
        AllowMultipleArgumentsPerToken = true,
        Arity = ArgumentArity.OneOrMore,
        DefaultValueFactory = _ => new Dictionary<string, string>(StringComparer.Ordinal),
        CustomParser = result =>
        {
            var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var token in result.Tokens)
            {
                var split = token.Value.IndexOf('=', StringComparison.Ordinal);
                if (split <= 0 || token.Value[..split].Trim().Length == 0)
                {
                    OptionValueError.Add(result, CliMessages.InvalidStartValue, token.Value, Expected);
                    return pairs;
                }

                pairs[token.Value[..split].Trim()] = token.Value[(split + 1)..];
            }

            return pairs;
        },
    };
}
