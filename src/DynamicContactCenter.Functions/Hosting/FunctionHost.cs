using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using DynamicContactCenter.Functions.Handlers;
using DynamicContactCenter.Functions.PhoneNumbers;
using DynamicContactCenter.Functions.Seeding;
using DynamicContactCenter.Routing;

namespace DynamicContactCenter.Functions.Hosting;

/// <summary>
/// Runs the four functions in-process over a routing store: the same code the <c>bootstrap</c> runs behind the Runtime API,
/// for <c>dcc invoke</c>, <c>dcc call --functions in-process</c> and tests.
/// </summary>
/// <remarks>Thread-safe: each call has its own state; the store must be safe for concurrent reads (the shipped ones are).</remarks>
public sealed class FunctionHost
{
    private readonly FunctionHostOptions _options;
    private readonly ImmutableDictionary<string, IFunction> _functions;

    /// <summary>Creates a host whose Connect functions read <paramref name="store"/>.</summary>
    /// <param name="store">Where the Get* functions read routing rows.</param>
    /// <param name="options">Default language, clock, log writer and SeedTables' target; null for defaults.</param>
    public FunctionHost(IRoutingStore store, FunctionHostOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _options = options ?? new FunctionHostOptions();
        _functions = new Dictionary<string, IFunction>
        {
            [FunctionNames.GetLambdas] = new ConnectFunction(new GetLambdasHandler(store, _options.DefaultLanguage)),
            [FunctionNames.GetDynAttributes] = new ConnectFunction(new GetDynAttributesHandler(store)),
            [FunctionNames.GetPrompts] = new ConnectFunction(new GetPromptsHandler(store)),
            [FunctionNames.SeedTables] = new SeedTablesFunction(_options.SeedTarget, _options.ResponseUrlClient, _options.TimeProvider, _options.CustomResourceMargin,
                new ResponseUrlPolicy(_options.AllowLoopbackResponseUrl)),
            [FunctionNames.AssociatePhoneNumbers] = new AssociatePhoneNumbersFunction(_options.Connect, _options.ResponseUrlClient, _options.TimeProvider,
                _options.CustomResourceMargin, new ResponseUrlPolicy(_options.AllowLoopbackResponseUrl)),
        }.ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>Invokes a function with an event, as Lambda would, and returns its response or error.</summary>
    /// <param name="functionName">A function name; see <see cref="FunctionNames.Resolve"/> for the spellings accepted.</param>
    /// <param name="eventJson">The event JSON (a Connect ContactFlowEvent, or a CloudFormation request for SeedTables).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome; never throws for a bad event, a missing row or a handler bug (those are failed outcomes).</returns>
    public Task<FunctionOutcome> InvokeAsync(string functionName, string eventJson, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventJson);
        var requestId = "local-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
        return InvokeAsync(functionName, Encoding.UTF8.GetBytes(eventJson), requestId, DateTimeOffset.MaxValue, cancellationToken);
    }

    /// <summary>Invokes a function with raw event bytes, a request id and a deadline (what the Runtime API loop passes).</summary>
    /// <param name="functionName">A function name; see <see cref="FunctionNames.Resolve"/>.</param>
    /// <param name="eventJson">The event bytes.</param>
    /// <param name="requestId">The request id for the log line.</param>
    /// <param name="deadline">When the invocation is stopped; <see cref="DateTimeOffset.MaxValue"/> for none.</param>
    /// <param name="cancellationToken">Cancels the call (the loop cancels it at the deadline).</param>
    public async Task<FunctionOutcome> InvokeAsync(string functionName, ReadOnlyMemory<byte> eventJson, string requestId, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var time = _options.TimeProvider;
        var started = time.GetTimestamp();
        var name = FunctionNames.Resolve(functionName);
        FunctionOutcome outcome;
        if (name is null || !_functions.TryGetValue(name, out var function))
        {
            var failure = FunctionFailure.Create(ErrorTypes.NoSuchHandler, FunctionMessages.UnknownFunction, functionName);
            outcome = new FunctionOutcome(functionName, null, failure.ErrorType, failure.Message, time.GetElapsedTime(started), null, []);
        }
        else
        {
            var call = new FunctionCall(requestId, deadline);
            using var current = CurrentInvocation.Begin(call);
            try
            {
                var result = await function.InvokeAsync(eventJson, call, cancellationToken);
                outcome = new FunctionOutcome(name, result.ResponseJson, result.Failure?.ErrorType, result.Failure?.Message,
                    time.GetElapsedTime(started), result.ContactId, [.. call.Notes]);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && time.GetUtcNow() >= deadline - CurrentInvocation.AnswerMargin)
            {
                // Stopped by the deadline, not by a caller: an answer of our own type (and a log line), not a TaskCanceledException.
                // Compared with the margin because the wall clock and the timer that fired the token may disagree by a few ms.
                var failure = FunctionFailure.Create(ErrorTypes.DeadlineExceeded, FunctionMessages.DeadlineExceeded);
                outcome = new FunctionOutcome(name, null, failure.ErrorType, failure.Message, time.GetElapsedTime(started), null, [.. call.Notes]);
            }
#pragma warning disable CA1031 // A handler bug is reported as that invocation's error (with its stack), like Lambda does.
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                var frames = exception.StackTrace?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
                outcome = new FunctionOutcome(name, null, exception.GetType().Name, exception.Message, time.GetElapsedTime(started), null, [.. call.Notes])
                {
                    StackTrace = [.. frames],
                };
            }
        }

        if (_options.Log is { } log)
        {
            await log.WriteLineAsync(InvocationLogWriter.Format(requestId, outcome, time.GetUtcNow()));
            await log.FlushAsync(CancellationToken.None); // Also after the deadline: the line says why the call failed.
        }

        return outcome;
    }
}
