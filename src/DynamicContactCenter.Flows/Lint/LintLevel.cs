namespace DynamicContactCenter.Flows.Lint;

/// <summary>What a team's lint configuration (<c>lint:</c> in dcc.yaml) makes of a rule's findings.</summary>
public enum LintLevel
{
    /// <summary>The rule's findings are dropped.</summary>
    Off,

    /// <summary>The rule's findings are warnings (reported, exit 0).</summary>
    Warning,

    /// <summary>The rule's findings are errors (exit 1).</summary>
    Error,
}
