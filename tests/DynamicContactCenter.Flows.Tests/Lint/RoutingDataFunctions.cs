using System.Text.Json;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Routing.SessionAttributes;

namespace DynamicContactCenter.Flows.Tests.Lint;

/// <summary>A hand-written double of the three routing functions, answering from <see cref="RoutingData"/> with their documented outputs
/// (DESIGN.md §4) folded as session attributes. The CLI tests lint against the real handlers; this keeps the Flows tests free of them.</summary>
internal sealed class RoutingDataFunctions(RoutingData data) : ILambdaInvoker
{
    public List<string> Calls { get; } = [];

    /// <summary>Functions that answer with an error instead.</summary>
    public HashSet<string> Failing { get; } = [];

    public Task<LambdaInvocationResult> InvokeAsync(string functionArn, string eventJson, TimeSpan timeLimit, CancellationToken cancellationToken)
    {
        Calls.Add(functionArn);
        if (Failing.Contains(functionArn)) return Task.FromResult(LambdaInvocationResult.Failure("RoutingDataNotFound: seeded failure", TimeSpan.Zero));
        using var document = JsonDocument.Parse(eventJson);
        var details = document.RootElement.GetProperty("Details");
        var parameters = details.GetProperty("Parameters");
        var contact = details.GetProperty("ContactData");
        List<KeyValuePair<string, string>>? result = functionArn switch
        {
            "GetLambdas" => GetLambdas(parameters),
            "GetDynAttributes" => GetDynAttributes(contact.GetProperty("SystemEndpoint").GetProperty("Address").GetString()!),
            "GetPrompts" => GetPrompts(contact, parameters),
            _ => null,
        };
        if (result is null) return Task.FromResult(LambdaInvocationResult.Failure($"no data for {functionArn}", TimeSpan.Zero));
        var fold = SessionAttributeFold.Fold(parameters.Clone(), result);
        return Task.FromResult(fold.Succeeded
            ? LambdaInvocationResult.Success(fold.ResponseJson!, TimeSpan.Zero)
            : LambdaInvocationResult.Failure(fold.Error!.Message, TimeSpan.Zero));
    }

    private List<KeyValuePair<string, string>>? GetLambdas(JsonElement parameters)
    {
        var name = parameters.TryGetProperty("environment", out var e) ? e.GetString() : null;
        var environment = data.Environments.FirstOrDefault(x => x.Environment == name);
        var language = data.Languages.FirstOrDefault(l => l.Language == data.DefaultLanguage);
        if (environment is null || language is null) return null;
        return [.. environment.Functions, new(PromptNames.Error, language.Prompts[PromptNames.Error]), new(PromptNames.Exit, language.Prompts[PromptNames.Exit])];
    }

    private List<KeyValuePair<string, string>>? GetDynAttributes(string number)
    {
        var row = data.DialedNumbers.FirstOrDefault(n => n.Number == number) ?? data.DialedNumbers.FirstOrDefault(n => n.Number == DialedNumber.DefaultKey);
        return row is null ? null : [new("name", row.Name), new("queue", row.Queue), new("language", row.Language)];
    }

    private List<KeyValuePair<string, string>>? GetPrompts(JsonElement contact, JsonElement parameters)
    {
        string? language = contact.GetProperty("Attributes").TryGetProperty("Language", out var attribute) ? attribute.GetString() : null;
        if (language is null && parameters.TryGetProperty(SessionAttributeFold.SessionAttributesKey, out var session) && session.GetString() is { Length: > 0 } text)
        {
            using var sessionDocument = JsonDocument.Parse(text);
            language = sessionDocument.RootElement.TryGetProperty("language", out var l) ? l.GetString() : null;
        }

        var prompts = data.Languages.FirstOrDefault(p => p.Language == language);
        return prompts is null ? null : [.. prompts.Prompts, new("voice", prompts.Voice), new("languageCode", prompts.LanguageCode)];
    }
}
