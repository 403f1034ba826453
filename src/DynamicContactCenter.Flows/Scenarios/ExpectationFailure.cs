namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>One expectation a call did not meet: which key, what was expected and what happened.</summary>
/// <param name="Key">The expectation's key, e.g. <c>outcome</c>, <c>prompts[1]</c>, <c>attributes.Language</c>.</param>
/// <param name="Expected">What the scenario expected.</param>
/// <param name="Actual">What the call did.</param>
public sealed record ExpectationFailure(string Key, string Expected, string Actual)
{
    /// <inheritdoc />
    public override string ToString() => $"{Key}: expected {Expected}, actual {Actual}";
}
