namespace DynamicContactCenter.Flows.Execution;

/// <summary>A queue as the result names it.</summary>
/// <param name="Name">The queue's name.</param>
/// <param name="Arn">The queue's ARN.</param>
public sealed record QueueInfo(string Name, string Arn);
