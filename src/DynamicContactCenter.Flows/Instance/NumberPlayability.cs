using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Flows.Instance;

/// <summary>Why every call to a dialed number ends in the error path whatever the time or the agents: its language has no prompts, or
/// its queue or the queue's hours are not in the instance model. The one owner of that rule: the routing matrix fails such a number
/// (it never drops its closed and unstaffed rows), the config preview names the reason beside the error, and <c>dcc lint</c> reports
/// it (DCC5029). It lives in Flows, beside the instance model it reads, so that lint (Flows) and the matrix and preview (Local) share it.</summary>
public static class NumberPlayability
{
    /// <summary>What keeps <paramref name="row"/> from being played in <paramref name="instance"/>, naming the missing language, queue or
    /// hours and what was expected (the caller names the number); null when a call to it can reach its queue.</summary>
    public static string? Problem(DialedNumber row, RoutingData routing, InstanceModel instance)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(routing);
        ArgumentNullException.ThrowIfNull(instance);
        if (routing.Languages.All(l => l.Language != row.Language))
        {
            return $"language '{row.Language}' has no prompts in the routing data (expected one of: {string.Join(", ", routing.Languages.Select(l => l.Language))})";
        }

        return InstanceProblem(row, instance);
    }

    /// <summary>The part of <see cref="Problem"/> the instance model decides: the row's queue, and that queue's hours, are modelled.
    /// Lint asks only this: the routing validator already reports a number whose language has no row (DCC5103).</summary>
    public static string? InstanceProblem(DialedNumber row, InstanceModel instance)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.FindQueue(row.Queue) is not { } queue)
        {
            return $"queue '{row.Queue}' is not a queue of the instance model (expected one of: {string.Join(", ", instance.Queues.Select(q => q.Name))})";
        }

        if (queue.HoursName is not { } hours)
        {
            return $"queue '{queue.Name}' has no hours of operation in the instance model";
        }

        return instance.FindHours(hours) is null ? $"queue '{queue.Name}' names hours '{hours}', which the instance model does not have" : null;
    }
}
