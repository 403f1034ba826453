namespace DynamicContactCenter.Routing.Diagnostics;

/// <summary>How bad a finding is: an error stops a load, apply or call; a warning does not.</summary>
public enum Severity
{
    /// <summary>Worth knowing; nothing fails.</summary>
    Warning,
    /// <summary>The input cannot be used.</summary>
    Error,
}
