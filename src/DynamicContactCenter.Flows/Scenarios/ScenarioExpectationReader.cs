using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Routing.Yaml;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>Reads a scenario's <c>expect:</c> mapping.</summary>
internal static class ScenarioExpectationReader
{
    private static readonly string[] Keys = ["outcome", "queue", "voice", "languageCode", "prompts", "promptsInclude", "attributes", "lambdas", "errorPath", "profiles", "cases", "tasks", "answeredAfter"];
    private static readonly string[] PromptKeys = ["text", "pattern", "prompt", "language", "voice", "languageCode"];
    private const string Outcomes = "queued, disconnected, transferred, abandoned, error or ended";

    public static ScenarioExpectation? Read(ScenarioYamlReader reader, YamlMappingNode scenario)
    {
        var node = YamlReader.Value(scenario, "expect");
        if (node is null)
        {
            reader.Report(ScenarioMessages.MissingKey, "expect", scenario, "expect", "what must be true at the end: " + string.Join(", ", Keys));
            return null;
        }

        if (reader.Mapping(node, "expect", "a mapping of " + string.Join(", ", Keys)) is not { } map) return null;
        var errorsBefore = reader.Diagnostics.Count;
        reader.OnlyKnownKeys(map, "expect", Keys);
        CallOutcome? outcome = null;
        if (reader.Scalar(map, "outcome", "expect.outcome", Outcomes) is { } outcomeText)
        {
            outcome = outcomeText switch
            {
                "queued" => CallOutcome.Queued,
                "disconnected" => CallOutcome.Disconnected,
                "error" => CallOutcome.Error,
                "ended" => CallOutcome.Ended,
                "transferred" => CallOutcome.Transferred,
                "abandoned" => CallOutcome.Abandoned,
                _ => null,
            };
            if (outcome is null) reader.Report(ScenarioMessages.InvalidValue, "expect.outcome", YamlReader.Value(map, "outcome"), outcomeText, "expect.outcome", Outcomes);
        }

        bool? errorPath = null;
        if (reader.Scalar(map, "errorPath", "expect.errorPath", "true or false") is { } errorText)
        {
            errorPath = errorText switch { "true" => true, "false" => false, _ => null };
            if (errorPath is null) reader.Report(ScenarioMessages.InvalidValue, "expect.errorPath", YamlReader.Value(map, "errorPath"), errorText, "expect.errorPath", "true or false");
        }

        var expectation = new ScenarioExpectation
        {
            Outcome = outcome,
            Queue = reader.Scalar(map, "queue", "expect.queue", "a queue name or ARN"),
            Voice = reader.Scalar(map, "voice", "expect.voice", "a Polly voice name"),
            LanguageCode = reader.Scalar(map, "languageCode", "expect.languageCode", "a language code such as es-US"),
            Prompts = YamlReader.Value(map, "prompts") is { } prompts ? ReadPrompts(reader, prompts, "expect.prompts") : default,
            PromptsInclude = YamlReader.Value(map, "promptsInclude") is { } include ? ReadPrompts(reader, include, "expect.promptsInclude") : [],
            Attributes = reader.Pairs(YamlReader.Value(map, "attributes"), "expect.attributes", "NAME: VALUE pairs")
                .ToImmutableDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            Lambdas = YamlReader.Value(map, "lambdas") is { } lambdas ? ReadLambdas(reader, lambdas) : default,
            ErrorPath = errorPath,
            CustomerData = CustomerDataExpectationReader.Read(reader, map),
            Tasks = YamlReader.Value(map, "tasks") is { } tasks ? TaskExpectations.Read(reader, tasks) : default,
            AnsweredAfter = ReadAnsweredAfter(reader, map),
        };
        if (expectation.IsEmpty && reader.Diagnostics.Count == errorsBefore)
        {
            reader.Report(ScenarioMessages.NothingExpected, "expect", map, string.Join(", ", Keys));
            return null;
        }

        return expectation;
    }

    // The time an agent answered, in the duration grammar of call.wait (the wait it is measured in).
    private static TimeSpan? ReadAnsweredAfter(ScenarioYamlReader reader, YamlMappingNode map)
    {
        if (reader.Scalar(map, "answeredAfter", "expect.answeredAfter", Execution.Queueing.WaitDurationParser.Expected) is not { } text) return null;
        if (Execution.Queueing.WaitDurationParser.TryParse(text, out var answered)) return answered;
        reader.Report(ScenarioMessages.InvalidValue, "expect.answeredAfter", YamlReader.Value(map, "answeredAfter"), text, "expect.answeredAfter",
            Execution.Queueing.WaitDurationParser.Expected);
        return null;
    }

    private static ImmutableArray<PromptExpectation> ReadPrompts(ScenarioYamlReader reader, YamlNode node, string key)
    {
        var prompts = ImmutableArray.CreateBuilder<PromptExpectation>();
        if (reader.Sequence(node, key, "a list of prompts (text, or {text|pattern|prompt+language, voice, languageCode})") is not { } list) return prompts.ToImmutable();
        for (var i = 0; i < list.Children.Count; i++)
        {
            var itemKey = $"{key}[{i}]";
            switch (list.Children[i])
            {
                case YamlScalarNode scalar:
                    prompts.Add(PromptExpectation.Exact(scalar.Value ?? ""));
                    break;
                case YamlMappingNode map:
                    if (ReadPrompt(reader, map, itemKey) is { } prompt) prompts.Add(prompt);
                    break;
                default:
                    reader.Report(ScenarioMessages.InvalidValue, itemKey, list.Children[i], "a list", itemKey, "a prompt text or mapping");
                    break;
            }
        }

        return prompts.ToImmutable();
    }

    private static PromptExpectation? ReadPrompt(ScenarioYamlReader reader, YamlMappingNode map, string key)
    {
        reader.OnlyKnownKeys(map, key, PromptKeys);
        var text = reader.Scalar(map, "text", key + ".text", "the exact prompt text");
        var patternText = reader.Scalar(map, "pattern", key + ".pattern", "a regular expression");
        var name = reader.Scalar(map, "prompt", key + ".prompt", string.Join(", ", PromptNames.All));
        var language = reader.Scalar(map, "language", key + ".language", "a language of the routing data, e.g. Spanish");
        if ((text is null ? 0 : 1) + (patternText is null ? 0 : 1) + (name is null ? 0 : 1) != 1)
        {
            reader.Report(ScenarioMessages.MissingKey, key, map, key + ".text, .pattern or .prompt (exactly one)",
                "the exact text, a regular expression, or a prompt name with its language");
            return null;
        }

        if (name is not null && !PromptNames.All.Contains(name))
        {
            reader.Report(ScenarioMessages.InvalidValue, key + ".prompt", YamlReader.Value(map, "prompt"), name, key + ".prompt", string.Join(", ", PromptNames.All));
            return null;
        }

        if (name is not null && language is null)
        {
            reader.Report(ScenarioMessages.MissingKey, key + ".language", map, key + ".language", "the routing language the prompt is read from, e.g. Spanish");
            return null;
        }

        Regex? pattern = null;
        if (patternText is not null)
        {
            try
            {
                pattern = new Regex(patternText, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException e)
            {
                reader.Report(ScenarioMessages.InvalidValue, key + ".pattern", YamlReader.Value(map, "pattern"), patternText, key + ".pattern", "a .NET regular expression (" + e.Message + ")");
                return null;
            }
        }

        return new PromptExpectation(text, pattern, name, language)
        {
            Voice = reader.Scalar(map, "voice", key + ".voice", "a Polly voice name"),
            LanguageCode = reader.Scalar(map, "languageCode", key + ".languageCode", "a language code such as es-US"),
        };
    }

    private static ImmutableArray<LambdaExpectation> ReadLambdas(ScenarioYamlReader reader, YamlNode node)
    {
        var lambdas = ImmutableArray.CreateBuilder<LambdaExpectation>();
        if (reader.Sequence(node, "expect.lambdas", "a list of function names, or {function, outcome, sent}") is not { } list) return lambdas.ToImmutable();
        for (var i = 0; i < list.Children.Count; i++)
        {
            var key = $"expect.lambdas[{i}]";
            switch (list.Children[i])
            {
                case YamlScalarNode scalar:
                    lambdas.Add(new LambdaExpectation(scalar.Value ?? "", null));
                    break;
                case YamlMappingNode map:
                    reader.OnlyKnownKeys(map, key, "function", "outcome", "sent");
                    var function = reader.Scalar(map, "function", key + ".function", "a function name such as GetPrompts");
                    var outcome = reader.Scalar(map, "outcome", key + ".outcome", string.Join(", ", LambdaExpectation.Outcomes));
                    if (function is null)
                    {
                        reader.Report(ScenarioMessages.MissingKey, key + ".function", map, key + ".function", "a function name such as GetPrompts");
                    }
                    else if (outcome is not null && !LambdaExpectation.Outcomes.Contains(outcome))
                    {
                        reader.Report(ScenarioMessages.InvalidValue, key + ".outcome", YamlReader.Value(map, "outcome"), outcome, key + ".outcome", string.Join(", ", LambdaExpectation.Outcomes));
                    }
                    else
                    {
                        lambdas.Add(new LambdaExpectation(function, outcome) { Sent = MockReader.ReadSentValues(reader, YamlReader.Value(map, "sent"), key + ".sent") });
                    }

                    break;
                default:
                    reader.Report(ScenarioMessages.InvalidValue, key, list.Children[i], "a list", key, "a function name or {function, outcome}");
                    break;
            }
        }

        return lambdas.ToImmutable();
    }
}
