using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Parsing.Legacy;

#pragma warning disable CS1591 // The entries are the catalogue: each code and format says what it reports.

/// <summary>The legacy reader's message catalogue (reserved range DCC3100–DCC3149): each says what is wrong and what was expected.
/// A missing or mistyped field of a module reuses the parser's <see cref="Diagnostics.FlowMessages.MissingField"/> and
/// <see cref="Diagnostics.FlowMessages.WrongFieldType"/>, with the module's id as the action and the legacy field path
/// (<c>modules[3].parameters[1].value</c>) as the field.</summary>
public static class LegacyMessages
{
    /// <summary>A module type (or type and target) with no flow-language counterpart the reader knows: an error, never a silent drop.</summary>
    public static readonly DiagnosticDescriptor UnknownModuleType = new("DCC3100", "module type '{0}' is not a legacy module type dcc can translate; expected one of {1} (see docs/legacy-format.md).");

    /// <summary>A branch condition the module type does not have (e.g. <c>Timeout</c> on a SetAttributes module).</summary>
    public static readonly DiagnosticDescriptor UnknownBranchCondition = new("DCC3101", "branch condition '{0}' does not exist on a {1} module; expected one of {2}.");

    /// <summary>A parameter's namespace with no flow-language path.</summary>
    public static readonly DiagnosticDescriptor UnknownNamespace = new("DCC3102", "namespace '{0}' has no flow-language path; expected null (a static value), External, User Defined, System, Lex or Lex.Slots.");

    /// <summary>A branch compares with an operator the legacy format does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownConditionType = new("DCC3103", "conditionType '{0}' is not a legacy operator; expected one of Equals, GreaterThan, GreaterThanOrEqualTo, LessThan, LessThanOrEqualTo, Contains, StartsWith, EndsWith.");

    /// <summary>A System attribute name with no flow-language path (its own code since the catalogue gives each code one meaning).</summary>
    public static readonly DiagnosticDescriptor UnknownSystemAttribute = new("DCC3104", "System attribute '{0}' has no flow-language path; expected one of {1}.");
}
