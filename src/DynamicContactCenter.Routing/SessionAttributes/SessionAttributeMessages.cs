using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Routing.SessionAttributes;

#pragma warning disable CS1591 // The entries are the catalogue: each code and format says what it reports.

/// <summary>The messages and codes of the session-attribute fold (DCC25nn). Tests assert the codes, never copied text.</summary>
public static class SessionAttributeMessages
{
    public static readonly DiagnosticDescriptor ParametersNotObject = new("DCC2501", "Details.Parameters must be a JSON object of strings, but it is a JSON {0}.");

    public static readonly DiagnosticDescriptor NotJson = new("DCC2502", "The sessionAttributes parameter is not valid JSON ({0}); expected a JSON object of strings, e.g. {{\"language\":\"English\"}}.");

    public static readonly DiagnosticDescriptor NotObject = new("DCC2503", "The sessionAttributes parameter is a JSON {0}; expected a JSON object of strings, e.g. {{\"language\":\"English\"}}.");

    public static readonly DiagnosticDescriptor NestedValue = new("DCC2504", "{0} key '{1}' holds a JSON {2}; a Connect STRING_MAP response is flat, so values must be strings, numbers or booleans.");

    public static readonly DiagnosticDescriptor ResponseTooLarge = new("DCC2505", "The response is {0:N0} bytes (UTF-8); Amazon Connect accepts less than {1:N0} bytes. Largest attributes: {2}.");
}
