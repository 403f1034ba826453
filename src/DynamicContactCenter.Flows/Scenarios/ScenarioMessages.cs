using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Scenarios;

#pragma warning disable CS1591 // The entries are the catalogue: each code and format says what it reports.

/// <summary>The message catalogue of scenario files: what is wrong and what was expected.</summary>
public static class ScenarioMessages
{
    /// <summary>The file cannot be read, or is not valid YAML (scenario files and the mock and start-state files they name).</summary>
    public static readonly DiagnosticDescriptor InvalidYaml = new("DCC3601", "the file is not valid YAML: {0}");
    /// <summary>A required key is missing.</summary>
    public static readonly DiagnosticDescriptor MissingKey = new("DCC3602", "{0} is missing; expected {1}.");
    /// <summary>A value is not what the key takes.</summary>
    public static readonly DiagnosticDescriptor InvalidValue = new("DCC3603", "'{0}' is not valid for {1}; expected {2}.");
    /// <summary>A key is not one the scenario format knows (a typo would otherwise silently check nothing).</summary>
    public static readonly DiagnosticDescriptor UnknownKey = new("DCC3604", "'{0}' is not a key of {1}; expected one of {2}.");
    /// <summary>Two scenarios in one file have the same name.</summary>
    public static readonly DiagnosticDescriptor DuplicateName = new("DCC3605", "scenario name '{0}' is used more than once in this file (first on line {1}); names must be unique.");
    /// <summary>The file's <c>scenarios:</c> list is empty, so a run of it would pass having checked nothing.</summary>
    public static readonly DiagnosticDescriptor NoScenarios = new("DCC3607", "the file has no scenarios, so it checks nothing; expected at least one entry under 'scenarios:' (name, call, expect).");
    /// <summary>A scenario has no expectation, so it could never fail.</summary>
    public static readonly DiagnosticDescriptor NothingExpected = new("DCC3606", "the scenario has no expect: keys, so it could never fail; expected at least one of {0}.");

    // DCC3601 once carried both file-level problems as "{0}"; each now has its own entry, so the YAML one kept the old code.
    /// <summary>The YAML is valid but not a mapping with a <c>scenarios:</c> list (e.g. a typo such as <c>scenario:</c>).</summary>
    public static readonly DiagnosticDescriptor NotAScenarioFile = new("DCC3630", "expected a mapping with a 'scenarios:' list (and optionally 'defaults:'), found {0}.");
    /// <summary>An expected prompt's pattern backtracked past its match timeout: a scenario failure that names the pattern, not a crash.</summary>
    public static readonly DiagnosticDescriptor PatternTimedOut = new("DCC3631", "pattern /{0}/ did not finish matching within {1:0.#} s (nested quantifiers backtrack without end; simplify it) on {2}");
}
