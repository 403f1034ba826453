using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Functions.Handlers;

/// <summary>GetLambdas: <c>Parameters.environment</c> → that environment's function ARNs, plus the default language's
/// <c>errorPrompt</c> and <c>exitPrompt</c> (played if anything fails before the caller's language is known).</summary>
internal sealed class GetLambdasHandler(IRoutingStore store, string defaultLanguage) : IConnectHandler
{
    public const string EnvironmentParameter = "environment";

    public async ValueTask<HandlerResult> HandleAsync(ConnectRequest request, CancellationToken cancellationToken)
    {
        if (!request.Inherited.TryGetValue(EnvironmentParameter, out var environment) || environment.Length == 0)
        {
            return FunctionFailure.Create(ErrorTypes.InvalidEvent, FunctionMessages.MissingParameter,
                FunctionNames.GetLambdas, EnvironmentParameter);
        }

        if (RoutingKeyLimit.Check($"environment (Details.Parameters.{EnvironmentParameter} or the session's)", environment) is { } tooLong)
        {
            return tooLong;
        }

        var entry = await store.GetEnvironmentAsync(environment, cancellationToken);
        if (entry is null)
        {
            return FunctionFailure.Create(ErrorTypes.RoutingDataNotFound, FunctionMessages.UnknownEnvironment, environment);
        }

        var prompts = await store.GetPromptSetAsync(defaultLanguage, cancellationToken);
        if (prompts is null)
        {
            return FunctionFailure.Create(ErrorTypes.RoutingDataNotFound, FunctionMessages.DefaultLanguageMissing, defaultLanguage);
        }

        var result = new List<KeyValuePair<string, string>>(entry.Functions);
        result.Add(new(PromptNames.Error, prompts.Prompts.GetValueOrDefault(PromptNames.Error, "")));
        result.Add(new(PromptNames.Exit, prompts.Prompts.GetValueOrDefault(PromptNames.Exit, "")));
        return HandlerResult.Success(result);
    }
}
