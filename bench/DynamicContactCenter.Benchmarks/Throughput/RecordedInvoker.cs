using System.Collections.Concurrent;
using DynamicContactCenter.Flows.Execution;

namespace DynamicContactCenter.Benchmarks.Throughput;

/// <summary>
/// Passes invocations through to <paramref name="inner"/>; while <see cref="Recording"/>, also keeps each (function, event, answer);
/// while <see cref="Replay"/>, answers the same events from the recording without running a handler: the interpreter's own cost,
/// with the functions taken out. The calls are deterministic (fixed seed), so a replayed call sends exactly the recorded events.
/// </summary>
internal sealed class RecordedInvoker(ILambdaInvoker inner) : ILambdaInvoker
{
    private readonly ConcurrentDictionary<(string Function, string Event), LambdaInvocationResult> _answers = new();
    private readonly ConcurrentQueue<(string Function, string Event)> _order = new();

    /// <summary>True: keep what passes through (off while timing: the bookkeeping is no part of a call).</summary>
    public bool Recording { get; set; }

    /// <summary>True: answer from the recording (an unrecorded event is a bug in the benchmark and throws).</summary>
    public bool Replay { get; set; }

    /// <summary>Every invocation seen while recording, in order.</summary>
    public IReadOnlyCollection<(string Function, string Event)> Invocations => _order;

    public async Task<LambdaInvocationResult> InvokeAsync(string functionArn, string eventJson, TimeSpan timeLimit, CancellationToken cancellationToken)
    {
        if (Replay)
        {
            return _answers.TryGetValue((functionArn, eventJson), out var answer)
                ? answer
                : throw new InvalidOperationException($"Replay: {functionArn} was not recorded with this event.");
        }

        var result = await inner.InvokeAsync(functionArn, eventJson, timeLimit, cancellationToken);
        if (Recording)
        {
            // Every invocation, repeats included: calls of the mix may send identical events (open and closed calls of one number).
            _answers.TryAdd((functionArn, eventJson), result);
            _order.Enqueue((functionArn, eventJson));
        }

        return result;
    }
}
