namespace DynamicContactCenter.Flows.Instance;

/// <summary>A flow (or flow module) the instance model knows by name and ARN.</summary>
/// <param name="Name">The flow's name, e.g. <c>MainFlow</c>.</param>
/// <param name="Arn">The flow's ARN, or null.</param>
/// <param name="File">The flow file, relative to the instance file's folder or the repository root.</param>
/// <param name="Type">The flow type (CONTACT_FLOW, CUSTOMER_QUEUE, ...); not stored in flow JSON, so the instance says it.</param>
public sealed record FlowDefinition(string Name, string? Arn, string? File, string Type)
{
    /// <summary>The flow id: the last segment of the ARN, or null.</summary>
    public string? Id => Arn is null ? null : Arn[(Arn.LastIndexOf('/') + 1)..];
}
