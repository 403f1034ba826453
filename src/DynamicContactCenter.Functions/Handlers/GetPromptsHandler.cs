using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Functions.Handlers;

/// <summary>GetPrompts: the caller's language → its seven prompts, <c>voice</c> and <c>languageCode</c>.</summary>
/// <remarks>The language is the contact attribute <c>Language</c>, else the session's <c>language</c>, else
/// <c>Parameters.language</c>. An empty string counts as unset at each step, as Connect uses "" to clear an attribute.</remarks>
internal sealed class GetPromptsHandler(IRoutingStore store) : IConnectHandler
{
    public const string ContactAttribute = "Language";
    public const string SessionKey = "language";

    public async ValueTask<HandlerResult> HandleAsync(ConnectRequest request, CancellationToken cancellationToken)
    {
        // Inherited has the session's language over the parameter's; an empty session value falls through to the parameter.
        var language = new[]
        {
            request.Event.Attributes.GetValueOrDefault(ContactAttribute),
            request.Inherited.GetValueOrDefault(SessionKey),
            ParameterLanguage(request),
        }.FirstOrDefault(candidate => !string.IsNullOrWhiteSpace(candidate));
        if (string.IsNullOrWhiteSpace(language))
        {
            return FunctionFailure.Create(ErrorTypes.InvalidEvent, FunctionMessages.NoLanguage);
        }

        if (RoutingKeyLimit.Check($"language (the contact attribute {ContactAttribute}, the session's {SessionKey} or Details.Parameters.{SessionKey})", language) is { } tooLong)
        {
            return tooLong;
        }

        var prompts = await store.GetPromptSetAsync(language, cancellationToken);
        if (prompts is null)
        {
            return FunctionFailure.Create(ErrorTypes.RoutingDataNotFound, FunctionMessages.UnknownLanguage, language);
        }

        var result = new List<KeyValuePair<string, string>>(PromptNames.All.Length + 2);
        foreach (var name in PromptNames.All)
        {
            result.Add(new(name, prompts.Prompts.GetValueOrDefault(name, "")));
        }

        result.Add(new("voice", prompts.Voice));
        result.Add(new("languageCode", prompts.LanguageCode));
        return HandlerResult.Success(result);
    }

    private static string? ParameterLanguage(ConnectRequest request) =>
        request.Event.Parameters.ValueKind == System.Text.Json.JsonValueKind.Object
        && request.Event.Parameters.TryGetProperty(SessionKey, out var value)
        && value.ValueKind == System.Text.Json.JsonValueKind.String
            ? value.GetString()
            : null;
}
