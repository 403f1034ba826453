namespace DynamicContactCenter.Flows.Lint;

/// <summary>The lint message catalogue: one format per finding. Each names the value and what was expected; the rule carries the fix.</summary>
internal static class LintMessages
{
    public const string IdentifierForbiddenCharacter = "Identifier '{0}' contains '{1}'; identifiers may not contain % : ( \\ / ) = $ , ; [ ] {{ }}.";
    public const string IdentifierTooLong = "Identifier '{0}' has {1} characters; Connect allows at most 50.";
    public const string IdentifierReserved = "Identifier '{0}' is a reserved name.";
    public const string NoExit = "no path from action '{0}' reaches an end (actions trapped in the loop: {1}); every call that gets here runs until the step limit.";
    public const string Unreachable = "action '{0}' is not reachable from StartAction '{1}'.";
    public const string MissingErrorBranch = "{0} can fail with {1} and the action wires no {1} branch; a call that hits the error stops here.";
    public const string MissingNoMatchingCondition = "{0} can produce a result that matches none of its conditions and the action wires no NoMatchingCondition branch.";
    public const string NoConditionsAllowed = "{0} produces no result here, so its Conditions are never evaluated; expected no conditions.";
    public const string ConditionNotAllowed = "condition '{0}' is not allowed on {1}; expected {2}.";
    public const string NotAllowedInFlowType = "{0} is not allowed in a {1} flow; it is allowed in {2}.";
    public const string ParameterShape = "{0} of {1} is missing or malformed; expected {2}.";
    public const string OutOfRange = "'{0}' is not valid for {1}; expected {2}.";
    public const string LiteralArn = "literal ARN '{0}' ties the flow to one account and environment.";
    public const string PromptTooLong = "the prompt has {0} characters; Connect fails a prompt over {1}.";
    public const string PromptNearLimit = "the prompt has {0} characters; Connect bills text over {1} and fails it over 6,000.";
    public const string UnknownFlowReference = "'{0}' is not a flow of the instance model (by name, ARN, id or ${{Name}} placeholder).";
    public const string UnknownPlaceholder = "placeholder ${{{0}}} has no value in the instance model; known names: {1}.";
    public const string AttributeNotProduced = "{0} is read here but no earlier action produces '{1}' for {2}.";
    public const string ExternalOverwritten = "{0} is read here, but '{1}' replaced $.External with a response that has no '{2}' (an earlier call returned it) for {3}.";
    public const string SsmlUnsafeText = "{0} is put inside SSML here and its value '{1}' contains '{2}', which makes the SSML invalid, for {3}.";
    public const string ResponseTooLarge = "the folded response of {0} for {1} is {2:N0} bytes; Connect accepts less than {3:N0}.";
    public const string LambdaFails = "Lambda {0} fails for {1}: {2}";
    public const string DesignerPositions = "the designer cannot draw it as laid out: {0}; run dcc layout {1}";
    public const string FlowTypeAssumed = "no flow type declared; judged as {0} ({1}).";
    public const string CanonicalShape = "{0} transition(s) not in the exported shape (first: action '{1}', {2}); run dcc layout {3}";
    public const string LambdaUnknown = "Lambda '{0}' is not a function of the instance model, so what it returns cannot be checked (for {1}).";

    /// <summary>Formats a catalogue entry with invariant culture.</summary>
    public static string Format(string format, params object?[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);
}
