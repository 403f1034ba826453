using DynamicContactCenter.Routing.Diagnostics;
using System.Text;
using System.Text.Json;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Routing.SessionAttributes;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>DCC5204: the folded response of the last function in the chain (GetLambdas → GetDynAttributes → GetPrompts, each carrying
/// all earlier keys as session attributes) stays under Connect's 32 KB for every language. Computed statically from the handlers'
/// documented outputs (DESIGN.md §4) with the same <see cref="SessionAttributeFold"/> the handlers use, so it holds for any function host;
/// responses the walk actually received are checked too.</summary>
internal sealed class ResponseSizeRule(RoutingData routing, string? file) : IWalkRule
{
    public void Check(IReadOnlyList<WalkObservation> observations, LintFindings findings)
    {
        foreach (var (language, label, bytes) in Largest())
        {
            if (bytes >= SessionAttributeFold.ResponseLimitBytes)
            {
                findings.Add(new LintFinding(LintRules.ResponseSize, new Diagnostic(LintRules.ResponseSize.Id, LintRules.ResponseSize.Severity,
                    DiagnosticLocation.InFile(file, $"languages[\"{language}\"]"),
                    LintMessages.Format(LintMessages.ResponseTooLarge, "GetPrompts", label, bytes, SessionAttributeFold.ResponseLimitBytes))));
            }
        }

        foreach (var group in observations.OfType<LambdaCall>().Where(c => c.ResponseBytes >= SessionAttributeFold.ResponseLimitBytes)
            .GroupBy(c => (c.Flow, c.ActionId, c.Function)))
        {
            var first = group.First();
            findings.Flow(LintRules.ResponseSize, first.Flow, first.ActionId, "Parameters.LambdaFunctionARN", LintMessages.ResponseTooLarge, first.Function,
                WalkGrouping.Cases(group), group.Max(c => c.ResponseBytes), SessionAttributeFold.ResponseLimitBytes);
        }
    }

    /// <summary>Per language: the largest folded GetPrompts response over its numbers and the environments, with the case it was for.</summary>
    internal IEnumerable<(string Language, string Label, int Bytes)> Largest()
    {
        var defaults = routing.Languages.FirstOrDefault(l => l.Language == routing.DefaultLanguage);
        foreach (var language in routing.Languages)
        {
            var best = (Label: "", Bytes: 0);
            foreach (var environment in routing.Environments.DefaultIfEmpty(new EnvironmentEntry("prod", System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty)))
            {
                var lambdas = environment.Functions.ToList();
                lambdas.Add(new(PromptNames.Error, defaults?.Prompts.GetValueOrDefault(PromptNames.Error) ?? ""));
                lambdas.Add(new(PromptNames.Exit, defaults?.Prompts.GetValueOrDefault(PromptNames.Exit) ?? ""));
                var afterLambdas = Fold(Parameters(("environment", environment.Environment)), lambdas);
                foreach (var number in routing.DialedNumbers.Where(n => n.Language == language.Language))
                {
                    var afterNumber = Fold(Session(afterLambdas), [new("name", number.Name), new("queue", number.Queue), new("language", number.Language)]);
                    var prompts = language.Prompts.ToList();
                    prompts.Add(new("voice", language.Voice));
                    prompts.Add(new("languageCode", language.LanguageCode));
                    var size = Fold(Session(afterNumber), prompts).ResponseBytes;
                    if (size > best.Bytes) best = ($"{language.Language} ({number.Number}, {environment.Environment})", size);
                }
            }

            if (best.Bytes > 0) yield return (language.Language, best.Label, best.Bytes);
        }
    }

    private static SessionFoldResult Fold(JsonElement parameters, IEnumerable<KeyValuePair<string, string>> result) => SessionAttributeFold.Fold(parameters, result);

    private static JsonElement Session(SessionFoldResult previous)
    {
        if (previous.ResponseJson is null) return Parameters();
        using var document = JsonDocument.Parse(previous.ResponseJson);
        var session = document.RootElement.TryGetProperty(SessionAttributeFold.SessionAttributesKey, out var s) ? s.GetString() ?? "" : "";
        return Parameters((SessionAttributeFold.SessionAttributesKey, session));
    }

    private static JsonElement Parameters(params (string Key, string Value)[] values)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in values) writer.WriteString(key, value);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(Encoding.UTF8.GetString(buffer.ToArray()));
        return document.RootElement.Clone();
    }
}
