using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Local.Explore;

/// <summary>InvokeLambdaFunction: the function's answer, as a scenario mock (<c>mocks:</c>) of the function the call invoked. An
/// error branch gets a mock that throws, then one that times out; the success branch of a function that failed (a stub with no mock)
/// gets an empty response. A mock replaces the function for the whole call: exploration does not split one function's answers.</summary>
internal sealed class LambdaOutcomeChooser : IInputChooser
{
    /// <summary>The error text explored mocks throw.</summary>
    public const string ExploredError = "dcc explore: error branch";

    public bool Decides(string actionType) => actionType == ActionTypes.InvokeLambdaFunction;

    public IEnumerable<ExploreCandidate> Candidates(ChoicePoint point, string branch)
    {
        if (point.Own.OfType<LambdaCalledEvent>().FirstOrDefault() is not { } called) yield break;
        var function = Target(called);
        if (point.Action.Transitions.FindError(branch) is not null)
        {
            yield return With(point, function, MockAnswer.Error(ExploredError), $"{function} throws");
            yield return With(point, function, MockAnswer.Timeout, $"{function} times out");
        }
        else if (branch == TransitionChoice.NextAction)
        {
            yield return With(point, function, MockAnswer.Response("{}"), $"{function} answers {{}}");
        }
    }

    /// <summary>What a mock of the function is written against: its instance-model name when it has one, else the reference as the
    /// flow invoked it (an ARN or the placeholder text), which <see cref="FunctionMock.Matches"/> accepts either way.</summary>
    public static string Target(LambdaCalledEvent called) => called.FunctionName ?? called.Function;

    /// <summary>The call of <paramref name="point"/> with <paramref name="function"/>'s answer replaced by <paramref name="answer"/>.</summary>
    public static ExploreCandidate With(ChoicePoint point, string function, MockAnswer answer, string choice) =>
        new(point.Call with { Mocks = [.. point.Call.Mocks.Where(m => m.Target != function), new FunctionMock(function, [answer])] }, choice);
}
