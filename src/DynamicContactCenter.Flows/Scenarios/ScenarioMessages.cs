namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>The message catalogue of scenario files: what is wrong and what was expected.</summary>
internal static class ScenarioMessages
{
    public const string InvalidYaml = "the file is not valid YAML: {0}";
    public const string NotAScenarioFile = "expected a mapping with a 'scenarios:' list (and optionally 'defaults:'), found {0}.";
    public const string MissingKey = "{0} is missing; expected {1}.";
    public const string InvalidValue = "'{0}' is not valid for {1}; expected {2}.";
    public const string UnknownKey = "'{0}' is not a key of {1}; expected one of {2}.";
    public const string DuplicateName = "scenario name '{0}' is used more than once in this file (first on line {1}); names must be unique.";
    public const string PatternTimedOut = "pattern /{0}/ did not finish matching within {1:0.#} s (nested quantifiers backtrack without end; simplify it) on {2}";
    public const string NoScenarios = "the file has no scenarios, so it checks nothing; expected at least one entry under 'scenarios:' (name, call, expect).";
    public const string NothingExpected = "the scenario has no expect: keys, so it could never fail; expected at least one of {0}.";
}
