using System.Collections.Concurrent;
using System.Collections.Immutable;
using DynamicContactCenter.Flows.Catalog;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>Runs a call through flow-language flows as Connect does: actions one by one, conditions in order, error branches with the
/// NoMatchingError fallback, transfers between flows and modules, under a step limit. Never throws for bad input or a broken flow: the
/// result says what happened. Thread-safe: one interpreter serves concurrent calls.</summary>
public sealed class FlowInterpreter
{
    private readonly InstanceModel _instance;
    private readonly FlowCatalog _catalog;
    private readonly ILambdaInvoker _invoker;
    private readonly InterpreterOptions _options;
    private readonly LambdaFunctionResolver _functions;
    private readonly ConcurrentDictionary<(FlowModel, string), BoundFlow> _bound = new();

    /// <summary>Creates an interpreter.</summary>
    /// <param name="instance">The instance model (queues, hours, agents, flows, functions, placeholders).</param>
    /// <param name="catalog">Where flows are found by name, ARN or file.</param>
    /// <param name="invoker">Calls Lambda functions (by the instance model's function name, or the raw ARN when unknown).</param>
    /// <param name="options">Choices where the reference is Uncertain; null for the defaults.</param>
    public FlowInterpreter(InstanceModel instance, FlowCatalog catalog, ILambdaInvoker invoker, InterpreterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(invoker);
        _instance = instance;
        _catalog = catalog;
        _invoker = invoker;
        _options = options ?? InterpreterOptions.Default;
        _functions = new LambdaFunctionResolver(instance);
    }

    /// <summary>Runs one call to its end.</summary>
    /// <param name="request">The call.</param>
    /// <param name="cancellationToken">Cancels the call (the result is then an Error with <c>DCC3324</c>).</param>
    public async Task<CallResult> RunAsync(CallRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = new CallContext(request, _instance, _catalog, _invoker, _options, _functions);
        var outcome = CallOutcome.Error;
        QueueInfo? queue = null;
        try
        {
            (outcome, queue) = await RunCoreAsync(context, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Stop(context, Error(context, FlowMessages.Cancelled, null));
        }
#pragma warning disable CA1031 // INVARIANT: a call never throws; a bug in an executor becomes a DCC3320 diagnostic naming the action.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var where = context.Action is null ? "the call" : $"{context.Action.Action.Type} '{context.Action.Id}'";
            Stop(context, Error(context, FlowMessages.InternalError, null, where, $"{e.GetType().Name}: {e.Message}"));
        }

        ReportUnusedMocks(context);
        return new CallResult(outcome, queue, [.. context.Events], [.. context.Diagnostics], context.Attributes.ToImmutableDictionary(StringComparer.Ordinal),
            context.Voice, context.LanguageCode, context.Steps)
        {
            Visits = [.. context.Visits],
            WrittenProfiles = context.CustomerData.WrittenProfiles,
            WrittenCases = context.CustomerData.WrittenCases,
            ProfileAssociations = context.CustomerData.Associations,
            AnsweredAfter = context.AnsweredAfter,
        };
    }

    /// <summary>A mock the call never used names no function the flows called: most likely a typo in its name (DCC3373).</summary>
    private static void ReportUnusedMocks(CallContext c)
    {
        foreach (var mock in c.Request.Mocks.Where(m => !c.MockInvocations.ContainsKey(m)))
        {
            c.Diagnostics.Add(new Diagnostic(StubMessages.UnusedMock.Code, Severity.Warning, DiagnosticLocation.InFlow(null, null, null, "mocks"),
                StubMessages.UnusedMock.Message(mock.Target)));
        }
    }

    private async Task<(CallOutcome, QueueInfo?)> RunCoreAsync(CallContext c, CancellationToken cancellationToken)
    {
        var request = c.Request;
        if (request.InputDigits.FirstOrDefault(k => !(char.IsAsciiDigit(k) || k is '*' or '#' or ',')) is var bad and not '\0')
        {
            return Stop(c, Error(c, FlowMessages.InvalidCallRequest, "InputDigits", "input digits", request.InputDigits, $"only 0-9, *, # and , (a pause), not '{bad}'"));
        }

        if (!ContactChannel.TryParse(request.Channel, out _))
        {
            return Stop(c, Error(c, CallerMessages.InvalidChannel, "Channel", request.Channel, ContactChannel.Expected));
        }

        var startReference = request.StartFlow ?? _instance.PhoneNumbers.GetValueOrDefault(request.DialedNumber) ?? _instance.DefaultFlow;
        if (startReference is null)
        {
            return Stop(c, Error(c, FlowMessages.InvalidCallRequest, "StartFlow", "dialed number", request.DialedNumber,
                "a number under phoneNumbers in the instance model, a defaultFlow there, or a start flow (--flow)"));
        }

        var start = _catalog.Resolve(startReference);
        if (!start.Succeeded)
        {
            foreach (var diagnostic in start.Diagnostics) c.Report(diagnostic);
            return (CallOutcome.Error, null);
        }

        var ended = await RunFlowAsync(c, start, cancellationToken);
        return ended is (CallOutcome.Queued, { } queued) && request.QueueWait is { } wait
            ? await new Queueing.QueueWaitRunner(c, RunFlowAsync).RunAsync(queued, wait, cancellationToken)
            : ended;
    }

    /// <summary>Runs <paramref name="start"/> (and the flows and modules it transfers to) to its end. While a hook flow runs in queue
    /// (<see cref="CallContext.QueueClock"/>) time bounds the run instead of the step limit: it returns Queued with no queue when the
    /// clock reaches the agent's answer or the end of the wait.</summary>
    private async Task<(CallOutcome, QueueInfo?)> RunFlowAsync(CallContext c, FlowResolution start, CancellationToken cancellationToken)
    {
        var request = c.Request;
        var current = Enter(c, start, caller: null, returnAction: null);
        c.ApplyStartState();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            c.Action = current;
            c.Steps++;
            if (c.QueueClock is { } clock)
            {
                c.StepsInQueue++;
                if (clock.Reached(c.Now)) return (CallOutcome.Queued, null);
                if (clock.Stalled(c.Now))
                {
                    return Stop(c, Error(c, QueueWaitMessages.ClockStalled, null, c.FlowName,
                        clock.StepsWithoutTime - 1));
                }
            }
            else if (c.Steps - c.StepsInQueue > request.StepLimit)
            {
                return Stop(c, Error(c, FlowMessages.StepLimitExceeded, null, request.StepLimit,
                    StepTrail.DescribeLoop(c.Visits, c.FlowName, current.Id)));
            }

            if (current.UnresolvedPlaceholder is { } unresolved)
            {
                if (request.Strict) return Stop(c, unresolved);
                c.Report(unresolved with
                {
                    Code = StubMessages.PlaceholderStub.Code,
                    Severity = Severity.Warning,
                    Message = StubMessages.PlaceholderStub.Message(current.UnresolvedPlaceholderName),
                });
            }

            var transcriptStart = c.Events.Count;
            // An injected fault (ActionFault) stands in for the executor: the action fails without running.
            var outcome = ActionFault.Find(request.ActionFaults, c.FlowName, current.Id) is { } fault
                ? new ActionOutcome.ErrorOutcome(fault.Error, $"injected fault: {fault}")
                : await current.Executor.ExecuteAsync(c, cancellationToken);
            c.Visits.Add(new ActionVisit(c.Run.Flow.Model, current.Id, current.Action.Type, null, transcriptStart));
            string? target;
            switch (outcome)
            {
                case { IsNext: true }:
                    target = current.Action.Transitions.NextAction;
                    if (target is null) return Stop(c, MissingBranch(c, "success", "NextAction"));
                    c.Took(TransitionChoice.NextAction);
                    break;
                case ActionOutcome.ResultOutcome result:
                    target = ChooseCondition(c, result, out var missing);
                    if (target is null) return Stop(c, missing!);
                    break;
                case ActionOutcome.ErrorOutcome error:
                    target = ChooseError(c, error, out var stop);
                    if (target is null && c.Run.Caller is not null)
                    {
                        // Reference §6.4: an error a module does not handle ends the module with Error; the caller takes NoMatchingError.
                        c.Report(Error(c, ModuleMessages.ModuleEndedWithError, null, stop!.Message) with
                        {
                            Severity = Severity.Warning,
                        });
                        ReturnToCaller(c);
                        target = ChooseError(c, new ActionOutcome.ErrorOutcome(ErrorTypes.NoMatchingError, "module ended with Error"), out stop);
                    }

                    if (target is null) return Stop(c, stop!);
                    break;
                case ActionOutcome.DisconnectOutcome disconnect:
                    c.Emit(new CallEndedEvent(c.FlowName, current.Id, Disconnected: true, disconnect.Reason));
                    return (CallOutcome.Disconnected, null);
                case ActionOutcome.TransferredOutOutcome leaving:
                    c.Emit(new TransferEvent(c.FlowName, current.Id, leaving.Kind, leaving.Target, null));
                    return (CallOutcome.Transferred, null);
                case ActionOutcome.EndOutcome end:
                    c.Emit(new CallEndedEvent(c.FlowName, current.Id, Disconnected: false, end.Reason));
                    return (CallOutcome.Ended, null);
                case ActionOutcome.QueuedOutcome queued:
                    var available = Actions.ExecutorSupport.Agents(c, queued.Queue).Count(a => a.Status == AgentStatus.Available);
                    c.Emit(new QueuedEvent(c.FlowName, current.Id, queued.Queue.Name, queued.Queue.Arn, available));
                    return (CallOutcome.Queued, new QueueInfo(queued.Queue.Name, queued.Queue.Arn));
                case ActionOutcome.TransferOutcome transfer:
                    if (++c.FlowTransfers > _options.MaxFlowTransfers)
                    {
                        return Stop(c, Error(c, FlowMessages.TransferLimitExceeded, "Parameters.ContactFlowId",
                            c.FlowTransfers, _options.MaxFlowTransfers));
                    }

                    c.Emit(new TransferEvent(c.FlowName, current.Id, "flow", transfer.Target.Flow!.Name, transfer.Target.Arn));
                    var previous = c.Run;
                    current = Enter(c, transfer.Target, caller: null, returnAction: null);
                    c.CarryAcrossTransfer(previous);
                    continue;
                case ActionOutcome.EnterModuleOutcome module:
                    if (c.Run.ModuleDepth + 1 > _options.MaxModuleDepth)
                    {
                        return Stop(c, Error(c, FlowMessages.TransferLimitExceeded, "Parameters.FlowModuleId",
                            c.Run.ModuleDepth + 1, _options.MaxModuleDepth));
                    }

                    c.Emit(new TransferEvent(c.FlowName, current.Id, "module", module.Module.Flow!.Name, module.Module.Arn));
                    current = Enter(c, module.Module, c.Run, current);
                    continue;
                case ActionOutcome.ReturnOutcome returned:
                    ReturnToCaller(c);
                    c.Visits.Add(new ActionVisit(c.Run.Flow.Model, c.Action.Id, c.Action.Action.Type, null, c.Events.Count));
                    target = ChooseModuleBranch(c, returned.Transition, out var noBranch);
                    if (target is null) return Stop(c, noBranch!);
                    break;
                case ActionOutcome.AbandonedOutcome abandoned:
                    c.Emit(new CallEndedEvent(c.FlowName, current.Id, Disconnected: true, abandoned.Reason));
                    return (CallOutcome.Abandoned, null);
                case ActionOutcome.StopOutcome stopped:
                    return Stop(c, stopped.Diagnostic);
                default:
                    throw new InvalidOperationException($"Unhandled outcome {outcome}.");
            }

            current = c.Run.Flow.Find(target)!;
        }
    }

    private BoundAction Enter(CallContext c, FlowResolution resolution, FlowRun? caller, BoundAction? returnAction)
    {
        foreach (var warning in resolution.Diagnostics) c.Diagnostics.Add(warning);
        var bound = Bind(c, resolution);
        c.Run = new FlowRun(bound, caller, returnAction);
        c.Emit(new FlowStartedEvent(bound.Name, bound.Arn, bound.Model.File));
        return bound.Start;
    }

    private BoundFlow Bind(CallContext c, FlowResolution resolution)
    {
        var overrides = c.Request.Placeholders;
        if (overrides.Count > 0) return FlowBinder.Bind(resolution, FlowBinder.Placeholders(overrides, _instance));
        return _bound.GetOrAdd((resolution.Flow!, resolution.Arn ?? ""), _ => FlowBinder.Bind(resolution, _instance.ResolvePlaceholder));
    }

    /// <summary>Leaves the running module for the flow that invoked it, at its InvokeFlowModule action.</summary>
    private static void ReturnToCaller(CallContext c)
    {
        c.Emit(new TransferEvent(c.FlowName, c.Action.Id, "moduleReturn", c.Run.Caller!.Flow.Name, c.Run.Caller.Flow.Arn));
        c.Action = c.Run.ReturnAction!;
        c.Run = c.Run.Caller;
    }

    /// <summary>The caller's branch for the module's return (see <see cref="Actions.EndFlowModuleExecutionExecutor"/>): Success follows
    /// NextAction, Error takes NoMatchingError, a custom branch is the result the InvokeFlowModule's Conditions test.</summary>
    private static string? ChooseModuleBranch(CallContext c, string? transition, out Diagnostic? stop)
    {
        stop = null;
        switch (transition)
        {
            case null or "Success":
                if (c.Action.Action.Transitions.NextAction is { } next)
                {
                    c.Took(TransitionChoice.NextAction); // the error and condition branches record theirs in ChooseError/ChooseCondition
                    return next;
                }

                stop = MissingBranch(c, "success (module returned)", "NextAction");
                return null;
            case "Error":
                return ChooseError(c, new ActionOutcome.ErrorOutcome(ErrorTypes.NoMatchingError, "module returned Error"), out stop);
            default:
                return ChooseCondition(c, new ActionOutcome.ResultOutcome(transition, "module returned"), out stop);
        }
    }

    private static string? ChooseCondition(CallContext c, ActionOutcome.ResultOutcome result, out Diagnostic? missing)
    {
        missing = null;
        if (TransitionChoice.ForResult(c.Action.Action.Transitions, result.Value) is { } choice)
        {
            c.Emit(new CheckEvent(c.FlowName, c.Action.Id, result.Check, result.Value, choice.Label, choice.Target));
            c.Took(choice.Label);
            return choice.Target;
        }

        missing = MissingBranch(c, $"result '{result.Value}' that matches no condition", ErrorTypes.NoMatchingCondition);
        return null;
    }

    private static string? ChooseError(CallContext c, ActionOutcome.ErrorOutcome error, out Diagnostic? stop)
    {
        stop = null;
        if (TransitionChoice.ForError(c.Action.Action.Transitions, error.ErrorType) is not { } choice)
        {
            // Reference §3.5: a missing branch stops the run. The reason, when there is one, is the clearest message.
            var missing = MissingBranch(c, $"error {error.ErrorType} ({error.Reason})", error.ErrorType == ErrorTypes.NoMatchingError
                ? ErrorTypes.NoMatchingError : $"{error.ErrorType} or {ErrorTypes.NoMatchingError}");
            stop = error.Diagnostic is { } reason
                ? reason with { Severity = Severity.Error, Message = $"{reason.Message} ({missing.Message})" }
                : missing;
            return null;
        }

        var (target, wiredAs) = choice;
        if (error.Diagnostic is { } diagnostic) c.Report(diagnostic);
        c.Emit(new ErrorBranchEvent(c.FlowName, c.Action.Id, error.ErrorType, wiredAs, error.Reason, target));
        c.Took(wiredAs);
        return target;
    }

    private static Diagnostic MissingBranch(CallContext c, string what, string entry) =>
        Error(c, FlowMessages.MissingBranch, "Transitions", what, entry);

    private static Diagnostic Error(CallContext c, DiagnosticDescriptor descriptor, string? field, params object?[] args) =>
        descriptor.ErrorAt(c.Run is null
            ? DiagnosticLocation.InFlow(null, null, null, field)
            : DiagnosticLocation.InFlow(c.Run.Flow.Model.File, c.FlowName, c.Action?.Id, field), args);

    private static (CallOutcome, QueueInfo?) Stop(CallContext c, Diagnostic diagnostic)
    {
        // Run-level diagnostics (before any flow starts) are reported without a flow.
        c.Report(diagnostic);
        return (CallOutcome.Error, null);
    }
}
