using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Scenarios;

namespace DynamicContactCenter.Local.Scenarios;

/// <summary>A scenario's function faults as mocks: a fault answers where a mock does, ahead of the instance model's <c>stub:</c> and its
/// functions and for functions the model does not know, and like a mock it must name a function the call invokes. One path for both,
/// so what wins over what is decided in one place (<see cref="ScenarioParser"/> merges defaults, the executor picks the answer).</summary>
/// <remarks>A timeout is answered at once with the block's full time limit as its duration, so a scenario never waits the 8 seconds.</remarks>
public static class FaultMocks
{
    /// <summary>What a function answers for <see cref="ScenarioFaultKind.FunctionReturnsNested"/>: an object where STRING_MAP needs a string.</summary>
    public const string NestedResponse = "{\"errorPrompt\":{\"text\":\"nested\"},\"voice\":{\"name\":\"Joanna\"}}";

    /// <summary>What a function answers for <see cref="ScenarioFaultKind.FunctionReturnsNotJson"/>: a gateway's HTML error page.</summary>
    public const string NotJsonResponse = "<html><body>502 Bad Gateway</body></html>";

    /// <summary>The mock that answers <paramref name="fault"/> (a function fault: <see cref="ScenarioFault.IsFunctionFault"/>).</summary>
    public static FunctionMock ToMock(ScenarioFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var answer = fault.Kind switch
        {
            ScenarioFaultKind.FunctionThrows => MockAnswer.Error("Unhandled: injected fault"),
            ScenarioFaultKind.FunctionTimesOut => MockAnswer.Timeout,
            ScenarioFaultKind.FunctionReturnsNested => MockAnswer.Response(NestedResponse),
            ScenarioFaultKind.FunctionReturnsNotJson => MockAnswer.Response(NotJsonResponse),
            ScenarioFaultKind.FunctionResponds => MockAnswer.Response(fault.Response ?? ""),
            _ => throw new ArgumentException($"{fault} is not a function fault", nameof(fault)),
        };
        return new FunctionMock(fault.Target, [answer]) { Label = "fault", FromDefaults = fault.FromDefaults };
    }

    /// <summary>The interpreter's <see cref="ActionFault"/> for <paramref name="fault"/> (<see cref="ScenarioFault.IsActionFault"/>).</summary>
    public static ActionFault ToActionFault(ScenarioFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        if (!fault.IsActionFault) throw new ArgumentException($"{fault} is not an action fault", nameof(fault));
        return new ActionFault(fault.Target, fault.ErrorType, fault.Flow);
    }

    /// <summary>A scenario's own action faults for actions its call never ran: like a mock no flow calls, a fault that changes nothing is
    /// most likely a typo in the identifier, and a green scenario would hide it.</summary>
    public static IEnumerable<ExpectationFailure> Unused(IEnumerable<ScenarioFault> faults, CallResult result)
    {
        ArgumentNullException.ThrowIfNull(faults);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var fault in faults.Where(f => f.IsActionFault && !f.FromDefaults))
        {
            var actionFault = ToActionFault(fault);
            if (!result.Visits.Any(v => actionFault.Matches(v.Flow.Name, v.ActionId)))
            {
                yield return new ExpectationFailure($"faults.fail {fault.Target}", "an action the call runs",
                    $"the call never ran action '{fault.Target}'{(fault.Flow is null ? "" : $" of {fault.Flow}")}");
            }
        }
    }
}
