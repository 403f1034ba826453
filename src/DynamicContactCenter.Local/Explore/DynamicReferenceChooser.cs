using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Local.Explore;

/// <summary>The success of an action whose voice, language, queue or flow is a dynamic reference (<c>$.External.voice</c>,
/// <c>$.Attributes.QueueARN</c>): a value the action accepts, put where the reference reads it (<see cref="ReferenceValues"/>: the
/// answer of the function before it, the <c>$.External</c> a flow entered mid-journey starts with, a starting contact attribute). A
/// customer queue flow started on its own, or the original sample's 100_MainFlow, reads what an earlier flow or function left, which a
/// call entered there does not have; this chooses it.</summary>
/// <remarks>The values: a voice of the instance model (Joanna when it has it, the default voice of Connect), <c>en-US</c>, the first queue
/// and the first flow of the instance model by ARN (a dynamic QueueId must be an ARN or id, reference). With none modelled there is no
/// value to choose, and the branch is listed as not reached.</remarks>
internal sealed class DynamicReferenceChooser : IInputChooser
{
    public bool Decides(string actionType) => actionType is ActionTypes.UpdateContactTextToSpeechVoice or ActionTypes.UpdateContactData
        or ActionTypes.UpdateContactTargetQueue or ActionTypes.TransferContactToQueue or ActionTypes.TransferToFlow;

    public IEnumerable<ExploreCandidate> Candidates(ChoicePoint point, string branch)
    {
        if (branch != TransitionChoice.NextAction || point.Action.Parameters.ValueKind != System.Text.Json.JsonValueKind.Object) yield break;
        foreach (var parameter in point.Action.Parameters.EnumerateObject())
        {
            if (parameter.Value.ValueKind != System.Text.Json.JsonValueKind.String || parameter.Value.GetString() is not { } reference
                || !reference.StartsWith("$.", StringComparison.Ordinal) || Accepted(point, parameter.Name) is not { } value)
            {
                continue;
            }

            foreach (var candidate in ReferenceValues.Place(point, reference, value)) yield return candidate;
        }
    }

    /// <summary>A value the action accepts for <paramref name="parameter"/>, or null when the chooser has none.</summary>
    private static string? Accepted(ChoicePoint point, string parameter) => parameter switch
    {
        "TextToSpeechVoice" => point.Instance.Voices.Contains("Joanna") ? "Joanna" : point.Instance.Voices.Order(StringComparer.Ordinal).FirstOrDefault(),
        "LanguageCode" => "en-US",
        "QueueId" => point.Instance.Queues.Select(q => q.Arn).FirstOrDefault(),
        "ContactFlowId" => point.Instance.Flows.Select(f => f.Arn).FirstOrDefault(a => a is not null),
        _ => null,
    };
}
