namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>The JSON shape of a parameter value.</summary>
internal enum ParameterShape
{
    /// <summary>A string (exports write numbers and booleans as strings too).</summary>
    Scalar,
    /// <summary>A string that is one <c>$.</c> reference and nothing else.</summary>
    JsonPath,
    /// <summary>An object whose values are all strings (Lambda invocation attributes).</summary>
    StringMap,
    /// <summary>An object with at least one key (the attributes to set).</summary>
    NonEmptyObject,
}
