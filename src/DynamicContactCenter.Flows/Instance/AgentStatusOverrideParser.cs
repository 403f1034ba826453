namespace DynamicContactCenter.Flows.Instance;

/// <summary>The one rule for reading a forced agent state per queue, shared by <c>--agents QUEUE=STATUS</c> and a scenario's
/// <c>agents: {QUEUE: STATUS}</c>: the queue must be one of the instance model's (by name or ARN) and the status a documented one.</summary>
/// <remarks>An unknown queue used to be ignored, so <c>Frnch=Offline</c> left French staffed and the call queued (issue 14).</remarks>
public static class AgentStatusOverrideParser
{
    /// <summary>What one <c>--agents</c> value looks like.</summary>
    public const string PairExpected = "QUEUE=STATUS, e.g. French=Offline, with STATUS one of " + AgentStatusParser.Expected;

    /// <summary>Parses <c>QUEUE=STATUS</c>; on failure <paramref name="invalid"/> is the part that is wrong (the whole pair, the queue
    /// or the status) and <paramref name="expected"/> what it should be.</summary>
    public static bool TryParse(string pair, InstanceModel? instance, out string queue, out AgentStatus status, out string invalid, out string expected)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            (queue, status, invalid, expected) = ("", AgentStatus.Offline, pair, PairExpected);
            return false;
        }

        queue = pair[..equals].Trim();
        return TryParse(queue, pair[(equals + 1)..], instance, out status, out invalid, out expected);
    }

    /// <summary>Checks <paramref name="queue"/> against <paramref name="instance"/> (skipped when null: the caller has no instance model
    /// at hand) and parses <paramref name="statusText"/>.</summary>
    public static bool TryParse(string queue, string statusText, InstanceModel? instance, out AgentStatus status, out string invalid, out string expected)
    {
        ArgumentNullException.ThrowIfNull(queue);
        status = AgentStatus.Offline;
        if (instance is not null && instance.FindQueue(queue) is null)
        {
            (invalid, expected) = (queue, $"a queue of the instance model: {string.Join(", ", instance.Queues.Select(q => q.Name))}");
            return false;
        }

        if (!AgentStatusParser.TryParse(statusText, out status))
        {
            (invalid, expected) = (statusText, "an agent state: " + AgentStatusParser.Expected);
            return false;
        }

        (invalid, expected) = ("", "");
        return true;
    }
}
