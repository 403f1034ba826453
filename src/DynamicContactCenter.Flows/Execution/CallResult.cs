using DynamicContactCenter.Routing.Diagnostics;
using System.Collections.Immutable;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>What a call did: its outcome, the queue when queued, the ordered transcript and every diagnostic.</summary>
/// <param name="Outcome">How the call ended.</param>
/// <param name="Queue">The queue when <see cref="Outcome"/> is <see cref="CallOutcome.Queued"/>, else null.</param>
/// <param name="Events">What happened, in order.</param>
/// <param name="Diagnostics">Warnings, and for <see cref="CallOutcome.Error"/> the error that stopped the run.</param>
/// <param name="Attributes">The contact attributes at the end.</param>
/// <param name="Voice">The text-to-speech voice at the end.</param>
/// <param name="LanguageCode">The language code at the end.</param>
/// <param name="Steps">How many actions ran.</param>
public sealed record CallResult(CallOutcome Outcome, QueueInfo? Queue, ImmutableArray<TranscriptEvent> Events, ImmutableArray<Diagnostic> Diagnostics,
    ImmutableDictionary<string, string> Attributes, string Voice, string LanguageCode, int Steps)
{
    /// <summary>The outcome as written to JSON: <c>queued</c>, <c>disconnected</c>, <c>error</c> or <c>ended</c>.</summary>
    public string OutcomeName => Outcome.ToString().ToLowerInvariant();

    /// <summary>The prompts the caller heard, in order (an agent whisper is the agent's, not the caller's).</summary>
    public IEnumerable<PromptSpokenEvent> Prompts => Events.OfType<PromptSpokenEvent>().Where(p => !p.ToAgent);

    /// <summary>With <c>--wait</c>, how long the caller waited before an agent answered (the outcome stays <see cref="CallOutcome.Queued"/>);
    /// null when no agent answered or no wait was simulated.</summary>
    public TimeSpan? AnsweredAfter { get; init; }

    /// <summary>Every action the call ran and the branch each left by, in order (<c>dcc test --coverage</c>, <c>dcc explore</c>).</summary>
    public ImmutableArray<ActionVisit> Visits { get; init; } = [];
    /// <summary>The profiles the call created or updated, as stored at the end, in the order first written.</summary>
    public ImmutableArray<Instance.CustomerProfile> WrittenProfiles { get; init; } = [];

    /// <summary>The cases the call created or updated, as stored at the end, in the order first written.</summary>
    public ImmutableArray<Instance.CustomerCase> WrittenCases { get; init; } = [];

    /// <summary>The contacts the call associated with profiles (AssociateContactToCustomerProfile), in order.</summary>
    public ImmutableArray<ProfileAssociation> ProfileAssociations { get; init; } = [];

    /// <summary>The tasks the call created (CreateTask), in order.</summary>
    public IEnumerable<CreatedTask> Tasks => Events.OfType<TaskCreatedEvent>().Select(e => e.Task);
}
