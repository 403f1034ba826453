using System.Collections.Immutable;
using DynamicContactCenter.Functions.Configuration;
using DynamicContactCenter.Functions.Handlers;
using DynamicContactCenter.Functions.Runtime;

namespace DynamicContactCenter.Functions.Hosting;

/// <summary>The bootstrap's life: settings → store → handler by <c>_HANDLER</c> → Runtime API loop; an init failure is
/// reported to <c>/init/error</c> and ends the process with a non-zero code.</summary>
internal static class LambdaEntryPoint
{
    /// <summary>Exit code after an init failure (reported to the Runtime API).</summary>
    public const int InitFailed = RuntimeExitCodes.InitFailed;

    public static async Task<int> RunAsync(
        FunctionSettings settings,
        ImmutableArray<string> settingErrors,
        IRuntimeApiClient client,
        TextWriter log,
        TextWriter diagnostics,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var errors = settingErrors.ToBuilder();
        var function = FunctionNames.Resolve(settings.Handler);
        var errorType = ErrorTypes.InvalidSettings;
        if (function is null)
        {
            errorType = ErrorTypes.NoSuchHandler;
            errors.Insert(0, FunctionMessages.UnknownFunction.CodedMessage(settings.Handler ?? "(_HANDLER is not set)"));
        }

        FunctionHost? host = null;
        if (errors.Count == 0)
        {
            var (store, seedTarget, storeError) = RoutingStoreFactory.Create(settings, timeProvider);
            if (storeError is not null)
            {
                errors.Add(storeError);
            }
            else
            {
                host = new FunctionHost(store!, new FunctionHostOptions
                {
                    DefaultLanguage = settings.DefaultLanguage,
                    TimeProvider = timeProvider,
                    Log = log,
                    SeedTarget = seedTarget,
                    AllowLoopbackResponseUrl = settings.AllowLoopbackResponseUrl,
                    Connect = new PhoneNumbers.ConnectClientOptions { Endpoint = settings.ConnectEndpoint },
                });
            }
        }

        if (host is null)
        {
            var error = new LambdaError(errorType, string.Join(" ", errors), []);
            // Bounded like every other line: a routing file with thousands of errors must not make one giant log event.
            await diagnostics.WriteLineAsync(LoggedText.Cap(error.ErrorMessage, LoggedText.MaxLineChars));
            try
            {
                await client.ReportInitializationErrorAsync(error, cancellationToken);
            }
            catch (RuntimeApiException exception)
            {
                // The init error is already on stderr; a Runtime API that cannot take it changes nothing about the exit.
                await diagnostics.WriteLineAsync(LoggedText.Cap(exception.Message));
            }

            return InitFailed;
        }

        var loop = new RuntimeLoop(client, async (invocation, token) =>
        {
            var outcome = await host.InvokeAsync(function!, invocation.Body, invocation.Context.RequestId, invocation.Context.Deadline, token);
            return outcome.Succeeded
                ? InvocationResponse.Success(System.Text.Encoding.UTF8.GetBytes(outcome.ResponseJson!))
                : InvocationResponse.Failure(new LambdaError(outcome.ErrorType!, outcome.ErrorMessage!, outcome.StackTrace));
        }, timeProvider, diagnostics);
        return await loop.RunAsync(settings.RunOnce, cancellationToken);
    }
}
