namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>One fault injected into a scenario's call.</summary>
/// <param name="Kind">What is broken.</param>
/// <param name="Target">The function name, the table (<see cref="AllTables"/> for every table) or the language.</param>
/// <param name="Response">The body a <see cref="ScenarioFaultKind.FunctionResponds"/> fault answers with; null otherwise.</param>
public sealed record ScenarioFault(ScenarioFaultKind Kind, string Target, string? Response = null)
{
    /// <summary>The <see cref="Target"/> of a store fault that hits every table.</summary>
    public const string AllTables = "*";

    /// <summary>True when the fault came from a scenario file's <c>defaults:</c> (a scenario need not use it; its own faults must be used).</summary>
    public bool FromDefaults { get; init; }

    /// <summary>True for the faults in front of a Lambda function.</summary>
    public bool IsFunctionFault => Kind is ScenarioFaultKind.FunctionThrows or ScenarioFaultKind.FunctionTimesOut or ScenarioFaultKind.FunctionReturnsNested
        or ScenarioFaultKind.FunctionReturnsNotJson or ScenarioFaultKind.FunctionResponds;

    /// <summary>The error an <see cref="ScenarioFaultKind.ActionFails"/> fault fails its action with (<c>error:</c>).</summary>
    public string ErrorType { get; init; } = Model.ErrorTypes.NoMatchingError;

    /// <summary>The flow an <see cref="ScenarioFaultKind.ActionFails"/> fault's action is in (<c>flow:</c>), or null for any flow.</summary>
    public string? Flow { get; init; }

    /// <summary>True for a fault that makes an action fail (<see cref="ScenarioFaultKind.ActionFails"/>).</summary>
    public bool IsActionFault => Kind == ScenarioFaultKind.ActionFails;

    /// <summary>The fault for people, e.g. <c>GetPrompts throws</c>.</summary>
    public override string ToString() => Kind switch
    {
        ScenarioFaultKind.FunctionThrows => $"{Target} throws",
        ScenarioFaultKind.FunctionTimesOut => $"{Target} times out",
        ScenarioFaultKind.FunctionReturnsNested => $"{Target} returns a nested object",
        ScenarioFaultKind.FunctionReturnsNotJson => $"{Target} returns non-JSON",
        ScenarioFaultKind.FunctionResponds => $"{Target} answers {Shorten(Response ?? "")}",
        ScenarioFaultKind.ActionFails => new Execution.ActionFault(Target, ErrorType, Flow).ToString(),
        ScenarioFaultKind.StoreUnavailable => Target == AllTables ? "store unavailable" : $"store table {Target} unavailable",
        _ => $"language row {Target} missing",
    };

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
