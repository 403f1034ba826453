namespace DynamicContactCenter.Flows.Parsing.Legacy;

/// <summary>The stable codes the legacy reader adds (reserved range DCC3100–DCC3149). A missing or mistyped field of a module
/// reuses the parser's <see cref="Diagnostics.FlowDiagnosticCodes.MissingField"/> and <see cref="Diagnostics.FlowDiagnosticCodes.WrongFieldType"/>,
/// with the module's id as the action and the legacy field path (<c>modules[3].parameters[1].value</c>) as the field.</summary>
public static class LegacyDiagnosticCodes
{
    /// <summary>A module type (or type and target) with no flow-language counterpart the reader knows: an error, never a silent drop.</summary>
    public const string UnknownModuleType = "DCC3100";

    /// <summary>A branch condition the module type does not have (e.g. <c>Timeout</c> on a SetAttributes module).</summary>
    public const string UnknownBranchCondition = "DCC3101";

    /// <summary>A parameter's namespace, or a System attribute name, with no flow-language path.</summary>
    public const string UnknownNamespace = "DCC3102";

    /// <summary>A branch compares with an operator the legacy format does not have.</summary>
    public const string UnknownConditionType = "DCC3103";
}
