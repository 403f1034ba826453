namespace DynamicContactCenter.Flows.Instance;

/// <summary>An agent's status, as the metrics of CheckMetricData and GetMetricData count it.</summary>
public enum AgentStatus
{
    /// <summary>Available with a free slot: counts as available, staffed and online.</summary>
    Available,
    /// <summary>On a contact: staffed and online, not available.</summary>
    OnContact,
    /// <summary>In after-contact work: staffed and online, not available.</summary>
    AfterContactWork,
    /// <summary>Offline: counts nowhere.</summary>
    Offline,
}
