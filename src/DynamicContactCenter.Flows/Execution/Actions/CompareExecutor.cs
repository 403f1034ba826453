using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Check contact attributes": the value of ComparisonValue is the result. A missing value matches no condition
/// (NoMatchingCondition), as Connect has no NULL test (reference §2.1).</summary>
internal sealed class CompareExecutor : SyncExecutor
{
    public static CompareExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.NeverFails(ActionTypes.Compare) with
    {
        Result = ResultSpec.AnyOperator,
        Parameters = [ParameterSpec.JsonPath("ComparisonValue", "$.Attributes.Language")],
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        if (c.Action.Parameters.Text("ComparisonValue") is not { } text)
        {
            return ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, "Parameters.ComparisonValue", FlowMessages.MissingParameter.Format, "a reference such as $.Attributes.x");
        }

        var value = c.ResolveValue(text, "Parameters.ComparisonValue", out _);
        return new ActionOutcome.ResultOutcome(value, text);
    }
}
