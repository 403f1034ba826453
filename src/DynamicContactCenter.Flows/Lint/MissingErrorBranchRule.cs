using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>DCC5008: an action that can fail wires its error branch (NoMatchingError catches every error type the action does not wire
/// specifically), and an action whose result can match no condition wires NoMatchingCondition. Without the branch a call stops there.</summary>
internal sealed class MissingErrorBranchRule : IFlowRule
{
    public void Check(LintedFlow flow, LintFindings findings)
    {
        foreach (var action in flow.Model!.Actions)
        {
            if (!ActionSpec.ByType.TryGetValue(action.Type, out var spec) || StaticVoice(action)) continue;
            var transitions = action.Transitions;
            foreach (var errorType in spec.RequiredErrors.Where(e => transitions.FindError(e) is null))
            {
                findings.Flow(LintRules.MissingErrorBranch, spec.MissingErrorSeverity, flow, action.Identifier, "Transitions.Errors",
                    LintMessages.MissingErrorBranch, action.Type, errorType);
            }

            if (spec.HasResult && !transitions.Conditions.IsEmpty && transitions.FindError(ErrorTypes.NoMatchingCondition) is null && !Exhaustive(action))
            {
                findings.Flow(LintRules.MissingErrorBranch, flow, action.Identifier, "Transitions.Errors", LintMessages.MissingNoMatchingCondition, action.Type);
            }
        }
    }

    /// <summary>A static, known voice cannot fail: only a dynamic or invalid voice takes the error branch (reference §7, Set voice).</summary>
    private static bool StaticVoice(FlowAction action) =>
        action.Type == ActionTypes.UpdateContactTextToSpeechVoice
        && ParameterStrings.Scalar(action.Parameters, "TextToSpeechVoice") is { } voice && !ParameterStrings.IsDynamic(voice)
        && Instance.VoiceCatalog.PollyVoices.Contains(voice);

    /// <summary>True when the conditions cover every result the action can produce.</summary>
    private static bool Exhaustive(FlowAction action)
    {
        string[] results = action.Type switch
        {
            ActionTypes.CheckHoursOfOperation => ["True", "False"],
            ActionTypes.Loop => ["ContinueLooping", "DoneLooping"],
            ActionTypes.MessageParticipantIteratively => ["MessagesInterrupted"],
            _ => [],
        };
        return results.Length > 0 && results.All(r => action.Transitions.Conditions.Any(c =>
            c.Operator == ConditionOperator.Equals && c.Operands.Length == 1 && c.Operands[0] == r));
    }
}
