using System.Collections.Immutable;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Flows.Graph;

/// <summary>Rebuilds the path a call took from its transcript and the flows: branch events (check, error) name the edge taken; between
/// them the interpreter followed NextAction, which the tracer replays on the model; flow-started and transfer events cross flows.</summary>
/// <remarks>Replaying on the model keeps the interpreter untouched: every executor already tags its events with its action, and an
/// action without a branch event went on at NextAction.</remarks>
public static class CallPathTracer
{
    private const int MaxReplay = 1_000;

    /// <summary>The path of <paramref name="result"/>.</summary>
    /// <param name="result">The call.</param>
    /// <param name="flowByName">The parsed flow with a name (the names in the transcript), or null.</param>
    public static CallPath Trace(CallResult result, Func<string, FlowModel?> flowByName)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(flowByName);
        var flows = new List<string>();
        var steps = new List<(string, string)>();
        var edges = ImmutableHashSet.CreateBuilder<(string, string, string)>();
        var transfers = new List<(string, string, string)>();
        var callers = new Stack<(string Flow, string Action)>();
        string? flow = null;
        string? current = null;
        (string Flow, string Action)? pendingTransfer = null;

        void Visit(string action)
        {
            current = action;
            steps.Add((flow!, action));
        }

        void Move(string target)
        {
            edges.Add((flow!, current!, target));
            Visit(target);
        }

        foreach (var e in result.Events)
        {
            if (e is FlowStartedEvent started)
            {
                if (pendingTransfer is { } from) transfers.Add((from.Flow, from.Action, started.Flow));
                pendingTransfer = null;
                flow = started.Flow;
                if (!flows.Contains(flow)) flows.Add(flow);
                if (flowByName(flow) is { } model) Visit(model.StartAction); else current = null;
                continue;
            }

            if (flow is null || current is null || e.Action is null || e.Flow != flow) continue;
            if (e.Action != current) CatchUp(flowByName(flow), e.Action, Move);
            switch (e)
            {
                case CheckEvent check:
                    Move(check.Target);
                    break;
                case ErrorBranchEvent error:
                    Move(error.Target);
                    break;
                case TransferEvent { Kind: "flow" or "module" } transfer:
                    pendingTransfer = (flow, current);
                    if (transfer.Kind == "module") callers.Push((flow, current));
                    break;
                case TransferEvent { Kind: "moduleReturn" } when callers.TryPop(out var caller):
                    flow = caller.Flow;
                    current = caller.Action;
                    if (flowByName(flow)?.FindAction(caller.Action)?.Transitions.NextAction is { } next) Move(next);
                    break;
            }
        }

        return new CallPath([.. flows], [.. steps], edges.ToImmutable(), [.. transfers]);

        // The actions between two events had no branch event, so each went on at NextAction.
        void CatchUp(FlowModel? model, string target, Action<string> move)
        {
            for (var i = 0; i < MaxReplay && current != target; i++)
            {
                if (model?.FindAction(current!)?.Transitions.NextAction is not { } next)
                {
                    Visit(target);
                    return;
                }

                move(next);
            }
        }
    }
}
