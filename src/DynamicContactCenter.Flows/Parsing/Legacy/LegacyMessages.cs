namespace DynamicContactCenter.Flows.Parsing.Legacy;

/// <summary>The legacy reader's message catalogue: each says what is wrong and what was expected.</summary>
internal static class LegacyMessages
{
    /// <summary>Fills a message of this catalogue.</summary>
    public static string Format(string format, params object?[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);

    public const string UnknownModuleType = "module type '{0}' is not a legacy module type dcc can translate; expected one of {1} (see docs/legacy-format.md).";
    public const string UnknownBranchCondition = "branch condition '{0}' does not exist on a {1} module; expected one of {2}.";
    public const string UnknownNamespace = "namespace '{0}' has no flow-language path; expected null (a static value), External, User Defined, System or Lex.";
    public const string UnknownSystemAttribute = "System attribute '{0}' has no flow-language path; expected one of {1}.";
    public const string UnknownConditionType = "conditionType '{0}' is not a legacy operator; expected one of Equals, GreaterThan, GreaterThanOrEqualTo, LessThan, LessThanOrEqualTo, Contains, StartsWith, EndsWith.";
}
