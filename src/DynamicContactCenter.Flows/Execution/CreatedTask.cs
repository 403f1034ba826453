using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>A task a call created with CreateTask, with every field as resolved when it ran (references interpolated). It does not
/// affect the call; a scenario asserts it through <see cref="CallResult.Tasks"/>.</summary>
/// <param name="Name">The task's name.</param>
/// <param name="ContactFlow">The flow the task runs in: the instance model's flow name, else the reference as written (a stub).</param>
/// <param name="ContactFlowArn">That flow's ARN when the instance model has it, else null.</param>
public sealed record CreatedTask(string Name, string ContactFlow, string? ContactFlowArn)
{
    /// <summary>The description, or null.</summary>
    public string? Description { get; init; }

    /// <summary>The task's contact attributes.</summary>
    public ImmutableDictionary<string, string> Attributes { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Its references by name (URL, ATTACHMENT, NUMBER, STRING, DATE, EMAIL).</summary>
    public ImmutableDictionary<string, TaskReference> References { get; init; } = ImmutableDictionary<string, TaskReference>.Empty;

    /// <summary>How long after the call it starts (DelaySeconds), or null.</summary>
    public int? DelaySeconds { get; init; }

    /// <summary>When it is scheduled to start (ScheduledTime, as written after interpolation), or null.</summary>
    public string? ScheduledTime { get; init; }

    /// <summary>The task template, or null.</summary>
    public string? TaskTemplateId { get; init; }
}

/// <summary>One reference of a task: its type and value.</summary>
/// <param name="Type">URL, ATTACHMENT, NUMBER, STRING, DATE or EMAIL.</param>
/// <param name="Value">The value, resolved.</param>
public sealed record TaskReference(string Type, string Value);
