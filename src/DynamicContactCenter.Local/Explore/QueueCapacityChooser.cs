using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Local.Explore;

/// <summary>TransferContactToQueue: QueueAtCapacity, by filling the queue the call was put in (the queue of its transcript's
/// <c>queued</c> event, else every queue with a capacity) to its <c>maxContacts</c>.</summary>
internal sealed class QueueCapacityChooser : IInputChooser
{
    public bool Decides(string actionType) => actionType == ActionTypes.TransferContactToQueue;

    public IEnumerable<ExploreCandidate> Candidates(ChoicePoint point, string branch)
    {
        if (branch != ErrorTypes.QueueAtCapacity) yield break;
        var queued = point.Own.OfType<QueuedEvent>().FirstOrDefault()?.QueueName;
        foreach (var queue in point.Instance.Queues.Where(q => q.MaxContacts is not null && (queued is null || q.Name == queued)))
        {
            yield return new ExploreCandidate(point.Call with { ContactsInQueue = point.Call.ContactsInQueue.SetItem(queue.Name, queue.MaxContacts!.Value) },
                $"{queue.Name} full ({queue.MaxContacts} waiting)");
        }
    }
}
