using System.CommandLine;
using System.Text.Json;
using DynamicContactCenter.Flows.Execution;

namespace DynamicContactCenter.Cli.Options;

/// <summary><c>--external</c>, <c>--attribute</c> and <c>--flow-attribute</c> NAME=VALUE (repeatable): the state a flow entered
/// mid-journey (<c>--flow</c>) starts with, as the flows before it would have left it: <c>$.External</c> (the last Lambda result),
/// contact attributes and flow attributes. The first <c>=</c> splits, so a value may hold one (a URL, a base64 text).</summary>
internal sealed class StartStateOptions
{
    private const string Expected = "NAME=VALUE, NAME not empty";

    public Option<IReadOnlyDictionary<string, string>> External { get; } = Pairs("--external",
        "A value of $.External the first flow starts with, NAME=VALUE (repeatable), for a flow entered mid-journey (--flow).");

    public Option<IReadOnlyDictionary<string, string>> Attributes { get; } = Pairs("--attribute",
        "A contact attribute the call starts with, NAME=VALUE (repeatable), as earlier flows would have set it.");

    public Option<IReadOnlyDictionary<string, string>> FlowAttributes { get; } = Pairs("--flow-attribute",
        "A flow attribute ($.FlowAttributes) the first flow starts with, NAME=VALUE (repeatable).");

    /// <summary>The options, in help order.</summary>
    public IEnumerable<Option> All => [External, Attributes, FlowAttributes];

    /// <summary><paramref name="request"/> with the start state the command line gives (unchanged when it gives none).</summary>
    public CallRequest ApplyTo(CallRequest request, ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parseResult);
        var external = parseResult.GetRequiredValue(External);
        var attributes = parseResult.GetRequiredValue(Attributes);
        return request with
        {
            // Flat values, as a STRING_MAP Lambda result would have left them (a nested $.External needs a scenario's start: external:).
            InitialExternal = external.Count == 0 ? request.InitialExternal : ObjectOf(external),
            InitialAttributes = attributes.Count == 0 ? request.InitialAttributes : new Dictionary<string, string>(request.InitialAttributes.Concat(attributes), StringComparer.Ordinal),
            InitialFlowAttributes = parseResult.GetRequiredValue(FlowAttributes),
        };
    }

    private static JsonElement ObjectOf(IReadOnlyDictionary<string, string> values)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
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
