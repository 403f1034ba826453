using System.Diagnostics;
using System.Text;
using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Graph;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>InvokeLambdaFunction: builds the ContactFlowEvent, calls the function (a mock, the instance's stub, the invoker; an unknown
/// function is a stub answered only by a mock), checks
/// the response (STRING_MAP: flat strings; JSON: any object; under 32 KB) and replaces <c>$.External</c> on success.</summary>
internal sealed class InvokeLambdaFunctionExecutor : IActionExecutor
{
    public static InvokeLambdaFunctionExecutor Instance { get; } = new();

    public ActionSpec Spec { get; } = ActionSpec.CanFail(ActionTypes.InvokeLambdaFunction) with
    {
        Parameters =
        [
            ParameterSpec.RequiredScalar("LambdaFunctionARN", "the function's ARN or a ${Name} placeholder"),
            new("LambdaInvocationAttributes") { Shape = ParameterShape.StringMap, Expected = "an object of string values" },
            ParameterSpec.OneOf("InvocationType", required: false, "SYNCHRONOUS", "ASYNCHRONOUS"),
            ParameterSpec.WholeNumber("InvocationTimeLimitSeconds", 1, 8),
        ],
        CrossParameterProblems = ResponseValidationProblems,
        NodeKind = GraphNodeKind.Lambda,
    };

    private const int MaxResponseBytes = 32_768;

    /// <inheritdoc />
    public bool DecidedByData => true;

    public async ValueTask<ActionOutcome> ExecuteAsync(CallContext c, CancellationToken cancellationToken)
    {
        var p = c.Action.Parameters;
        if (p.Text("LambdaFunctionARN") is not { } arnText)
        {
            return ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, "Parameters.LambdaFunctionARN", FlowMessages.MissingParameter.Format, "the function ARN");
        }

        var seconds = ExecutorSupport.ReadInt(c, "InvocationTimeLimitSeconds", 1, 8, out var failure) ?? 8;
        if (failure is not null) return failure;
        var responseType = p.Object("ResponseValidation") is { } rv && ParameterReader.Find(rv, "ResponseType") is { } rt
            ? Parsing.FlowDocumentReader.ScalarText(rt) : "STRING_MAP";
        if (responseType is not ("STRING_MAP" or "JSON"))
        {
            return ExecutorSupport.Stop(c, FlowMessages.InvalidParameter.Code, "Parameters.ResponseValidation.ResponseType", FlowMessages.InvalidParameter.Format, responseType, "STRING_MAP or JSON");
        }

        var asynchronous = string.Equals(p.Text("InvocationType"), "ASYNCHRONOUS", StringComparison.OrdinalIgnoreCase);
        var function = c.Interpolate(arnText, "Parameters.LambdaFunctionARN").Trim();
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        if (p.Object("LambdaInvocationAttributes") is { } attributes)
        {
            foreach (var property in attributes.EnumerateObject())
            {
                var field = "Parameters.LambdaInvocationAttributes." + property.Name;
                parameters[c.Interpolate(property.Name, field)] = c.Interpolate(Parsing.FlowDocumentReader.ScalarText(property.Value), field);
            }
        }

        var resolved = c.Functions.Resolve(function);
        var limit = TimeSpan.FromSeconds(seconds);
        var snapshot = c.Snapshot();
        var sent = InvocationValues.Of(parameters, snapshot.Attributes);
        var (result, servedBy, stub) = await CallAsync(c, resolved, ContactFlowEventWriter.Write(snapshot, parameters), sent, limit, cancellationToken);
        var timedOut = result.TimedOut || (result.Succeeded && result.Duration > limit);
        // A mock says why it timed out (a timeout: answer, or a delay past the limit); anything else ran past the limit.
        string? error = timedOut ? (servedBy == "mock" ? result.Error : null) ?? $"ran past the {seconds} s time limit" : result.Error;
        JsonElement? response = null;
        if (error is null && result.ResponseJson is { } json)
        {
            (response, error) = Validate(json, responseType);
        }

        var outcome = timedOut ? "timedOut" : result.Error is not null ? "failed" : error is not null ? "invalidResponse" : "succeeded";
        var called = new LambdaCalledEvent(c.FlowName, c.Action.Id, function, resolved.Definition?.Name, servedBy, result.Duration,
            outcome, error, result.Note);
        c.Emit(called with { Sent = sent });
        if (error is not null)
        {
            if (c.Options.ClearExternalOnLambdaFailure) c.Run.External = null;
            var diagnostic = stub ?? c.Diagnostic(FlowMessages.LambdaFailed.Code, Severity.Warning, "Parameters.LambdaFunctionARN", FlowMessages.LambdaFailed.Format,
                resolved.Definition?.Name ?? function, error);
            return new ActionOutcome.ErrorOutcome(ErrorTypes.NoMatchingError, diagnostic.Message, diagnostic);
        }

        // Uncertain (reference §5): after an ASYNCHRONOUS call $.External is not updated.
        if (!asynchronous) c.Run.External = response;
        return ActionOutcome.Next;
    }

    /// <summary>Who answers, in order: the call's mock for the function (it wins over the instance model), the instance model's
    /// <c>stub:</c>, the invoker for a function the model knows; a function it does not know is a stub that, with no mock, fails (DCC3370)
    /// so the block takes its error branch. A strict call passes an unknown function to the invoker as before (DCC3313).</summary>
    private static async ValueTask<(Execution.LambdaInvocationResult Result, string ServedBy, Diagnostic? Stub)> CallAsync(CallContext c, ResolvedFunction function, string eventJson,
        IReadOnlyDictionary<string, string> sent, TimeSpan limit, CancellationToken cancellationToken)
    {
        var mocks = c.Request.Mocks.Where(m => m.Matches(function.Reference, function.Definition?.Name)).ToList();
        if (mocks.Count > 0)
        {
            return ChooseMock(c, function, mocks, sent, limit);
        }

        if (function.ServedBy == LambdaServedBy.Unknown && !c.Request.Strict)
        {
            var stub = c.Diagnostic(StubMessages.FunctionStubNoMock.Code, Severity.Warning, "Parameters.LambdaFunctionARN", StubMessages.FunctionStubNoMock.Format,
                function.Reference);
            return (Execution.LambdaInvocationResult.Failure("no mock answered this stub", TimeSpan.Zero), ServedBy(function.ServedBy), stub);
        }

        if (function.ServedBy == LambdaServedBy.Unknown)
        {
            c.Report(c.Diagnostic(FlowMessages.UnknownFunction.Code, Severity.Warning, "Parameters.LambdaFunctionARN", FlowMessages.UnknownFunction.Format, function.Reference));
        }

        if (function.ServedBy == LambdaServedBy.Stub)
        {
            return (Execution.LambdaInvocationResult.Success(function.Definition!.StubResponseJson!, TimeSpan.Zero, "stub response from the instance model"), "stub", null);
        }

        var watch = Stopwatch.StartNew();
        try
        {
            return (await c.Invoker.InvokeAsync(function.InvokeName, eventJson, limit, cancellationToken), ServedBy(function.ServedBy), null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Connect takes the Error branch when a function cannot be reached; an invoker that throws is treated the same.
            return (Execution.LambdaInvocationResult.Failure($"{e.GetType().Name}: {e.Message}", watch.Elapsed), ServedBy(function.ServedBy), null);
        }
    }

    /// <summary>Of the mocks naming the function, the first whose <c>when:</c> holds for what it was <paramref name="sent"/> answers, else the
    /// first without <c>when:</c> (so a catch-all may sit anywhere in the list and never shadows a condition); with neither, the block takes
    /// its error branch naming what was sent (DCC3390). Every mock naming the function counts as used, answered or not: "unused" means
    /// that no flow called its function (DCC3373), the typo it exists to catch.</summary>
    private static (Execution.LambdaInvocationResult Result, string ServedBy, Diagnostic? Stub) ChooseMock(CallContext c, ResolvedFunction function,
        List<FunctionMock> mocks, IReadOnlyDictionary<string, string> sent, TimeSpan limit)
    {
        foreach (var candidate in mocks) c.MockInvocations.TryAdd(candidate, 0);
        var mock = mocks.FirstOrDefault(m => m.IsConditioned && m.Accepts(sent)) ?? mocks.FirstOrDefault(m => !m.IsConditioned);
        if (mock is null)
        {
            var none = c.Diagnostic(StubMessages.NoMockAnswerMatches.Code, Severity.Warning, "Parameters.LambdaFunctionARN", StubMessages.NoMockAnswerMatches.Format,
                mocks[0].Target, InvocationValues.Describe(sent));
            return (Execution.LambdaInvocationResult.Failure("no mock's when: matched what it was sent", TimeSpan.Zero), "mock", none);
        }

        var invocation = c.MockInvocations[mock];
        c.MockInvocations[mock] = invocation + 1;
        var result = Answer(mock, invocation, limit);
        // The virtual clock runs on by the function's duration (a delay, or the whole limit of a timeout): the run itself never waits.
        c.Now = c.Now.Plus(NodaTime.Duration.FromTimeSpan(result.Duration));
        return (result, "mock", null);
    }

    /// <summary>A mock's answer for its <paramref name="invocation"/>th call, taking its delay. A timeout, or a delay past the block's limit,
    /// takes the block's whole limit (virtually: the run does not wait).</summary>
    private static Execution.LambdaInvocationResult Answer(FunctionMock mock, int invocation, TimeSpan limit)
    {
        var answer = mock.AnswerFor(invocation);
        var note = $"{mock.Label} '{mock.Target}', answer {Math.Min(invocation, mock.Answers.Length - 1) + 1} of {mock.Answers.Length}"
            + (mock.IsConditioned ? $" (when {InvocationValues.Describe(mock.When)})" : "");
        if (answer.TimesOut)
        {
            return Execution.LambdaInvocationResult.Failure(StubMessages.MockTimesOut.Message(mock.Target, limit.TotalSeconds), limit, timedOut: true) with { Note = note };
        }

        if (answer.Delay > limit)
        {
            var late = StubMessages.MockDelayPastLimit.Message(mock.Target, answer.Delay.TotalSeconds, limit.TotalSeconds);
            return Execution.LambdaInvocationResult.Failure(late, limit, timedOut: true) with { Note = note };
        }

        return answer.Throws is { } error
            ? Execution.LambdaInvocationResult.Failure(StubMessages.MockThrows.Message(mock.Target, error), answer.Delay) with { Note = note }
            : Execution.LambdaInvocationResult.Success(answer.ResponseJson ?? "{}", answer.Delay, note);
    }

    private static (JsonElement?, string?) Validate(string json, string responseType)
    {
        var bytes = Encoding.UTF8.GetByteCount(json);
        if (bytes >= MaxResponseBytes) return (null, $"the response is {bytes} bytes; Connect accepts less than 32 KB");
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, "the response is not a JSON object");
            if (responseType == "STRING_MAP")
            {
                foreach (var property in root.EnumerateObject())
                {
                    if (property.Value.ValueKind != JsonValueKind.String)
                    {
                        return (null, $"response key '{property.Name}' is not a string; STRING_MAP needs a flat map of strings (or set ResponseType JSON)");
                    }
                }
            }

            return (root.Clone(), null);
        }
        catch (JsonException e)
        {
            return (null, "the response is not JSON: " + e.Message);
        }
    }

    private static string ServedBy(LambdaServedBy servedBy) => servedBy switch
    {
        LambdaServedBy.Stub => "stub",
        LambdaServedBy.Unknown => "unknown",
        _ => "invoker",
    };

    /// <summary>ResponseValidation, when present, names its ResponseType.</summary>
    private static IEnumerable<(string Field, string Expected)> ResponseValidationProblems(JsonElement p)
    {
        if (ParameterStrings.TryGet(p, "ResponseValidation", out var validation) && ParameterStrings.Scalar(validation, "ResponseType") is not ("STRING_MAP" or "JSON"))
        {
            yield return ("Parameters.ResponseValidation.ResponseType", "STRING_MAP or JSON");
        }
    }
}
