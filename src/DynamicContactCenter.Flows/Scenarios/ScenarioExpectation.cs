using System.Collections.Immutable;
using DynamicContactCenter.Flows.Execution;

namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>What must be true when a scenario's call ends. Every property is optional; an unset one is not checked.</summary>
public sealed record ScenarioExpectation
{
    /// <summary>How the call must end.</summary>
    public CallOutcome? Outcome { get; init; }

    /// <summary>The queue (name or ARN) the call must be queued in.</summary>
    public string? Queue { get; init; }

    /// <summary>The text-to-speech voice at the end.</summary>
    public string? Voice { get; init; }

    /// <summary>The language code at the end.</summary>
    public string? LanguageCode { get; init; }

    /// <summary>Every prompt the caller hears, in order and nothing else; default (unset) when not checked.</summary>
    public ImmutableArray<PromptExpectation> Prompts { get; init; }

    /// <summary>Prompts the caller hears in this order, possibly among others; empty when not checked.</summary>
    public ImmutableArray<PromptExpectation> PromptsInclude { get; init; } = [];

    /// <summary>Contact attributes and their values at the end.</summary>
    public ImmutableDictionary<string, string> Attributes { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Every Lambda call, in order; default (unset) when not checked.</summary>
    public ImmutableArray<LambdaExpectation> Lambdas { get; init; }

    /// <summary>True: the call took an error branch, then heard error + exit prompts (or the flow's fixed fallback when no routing data
    /// was read yet) and was disconnected. False: no error branch was taken. Null: not checked.</summary>
    public bool? ErrorPath { get; init; }

    /// <summary>The profiles and cases the call must have written; null when not checked.</summary>
    public CustomerDataExpectation? CustomerData { get; init; }

    /// <summary>True when nothing is checked (a scenario file rejects that: a scenario must assert something).</summary>
    public bool IsEmpty => Outcome is null && Queue is null && Voice is null && LanguageCode is null && Prompts.IsDefault && PromptsInclude.IsEmpty
        && Attributes.IsEmpty && Lambdas.IsDefault && ErrorPath is null && CustomerData is null
        && Tasks.IsDefault && AnsweredAfter is null;

    /// <summary>Every task the call creates (CreateTask), in order; default (unset) when not checked.</summary>
    public ImmutableArray<TaskExpectation> Tasks { get; init; }

    /// <summary>How long the caller waited in queue (<c>wait:</c>) before an agent answered; null when not checked.</summary>
    public TimeSpan? AnsweredAfter { get; init; }
}
