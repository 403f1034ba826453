namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>Stable codes of scenario-file diagnostics (<c>DCC36nn</c>).</summary>
public static class ScenarioDiagnosticCodes
{
    /// <summary>The file is not valid YAML, or not a mapping with a <c>scenarios:</c> list.</summary>
    public const string InvalidFile = "DCC3601";
    /// <summary>A required key is missing.</summary>
    public const string MissingKey = "DCC3602";
    /// <summary>A value is not what the key takes.</summary>
    public const string InvalidValue = "DCC3603";
    /// <summary>A key is not one the scenario format knows (a typo would otherwise silently check nothing).</summary>
    public const string UnknownKey = "DCC3604";
    /// <summary>Two scenarios in one file have the same name.</summary>
    public const string DuplicateName = "DCC3605";
    /// <summary>A scenario has no expectation, so it could never fail.</summary>
    public const string NothingExpected = "DCC3606";
    /// <summary>The file's <c>scenarios:</c> list is empty, so a run of it would pass having checked nothing.</summary>
    public const string NoScenarios = "DCC3607";
}
