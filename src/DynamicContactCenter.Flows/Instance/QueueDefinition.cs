namespace DynamicContactCenter.Flows.Instance;

/// <summary>A standard queue of the instance model.</summary>
/// <param name="Name">The queue's name, e.g. <c>English</c>.</param>
/// <param name="Arn">The queue's ARN.</param>
/// <param name="HoursName">The name of its hours of operation, or null (then CheckHoursOfOperation takes its error branch).</param>
/// <param name="MaxContacts">Maximum contacts in queue, or null for no limit.</param>
/// <param name="ContactsInQueue">Contacts already waiting (for metrics and capacity).</param>
/// <param name="OldestContactAgeSeconds">Age of the oldest waiting contact, in seconds.</param>
public sealed record QueueDefinition(string Name, string Arn, string? HoursName, int? MaxContacts, int ContactsInQueue, int OldestContactAgeSeconds)
{
    /// <summary>The queue id: the last segment of the ARN.</summary>
    public string Id => Arn[(Arn.LastIndexOf('/') + 1)..];

    /// <summary>How long after a contact is queued an available agent answers it (<c>answerAfter: 45s</c>); null answers at once.
    /// With no agent available the contact is not answered within any wait.</summary>
    public TimeSpan? AnswerAfter { get; init; }

    /// <summary>True for a stub queue: one the instance model does not have, which a non-strict call runs as always open and staffed.</summary>
    public bool IsStub { get; init; }
}
