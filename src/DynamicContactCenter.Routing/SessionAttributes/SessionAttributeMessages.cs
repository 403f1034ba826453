namespace DynamicContactCenter.Routing.SessionAttributes;

/// <summary>The messages and codes of the session-attribute fold (DCC25nn). Tests assert the codes, never copied text.</summary>
internal static class SessionAttributeMessages
{
    public const string ParametersNotObjectCode = "DCC2501";
    public const string ParametersNotObject = "Details.Parameters must be a JSON object of strings, but it is a JSON {0}.";

    public const string NotJsonCode = "DCC2502";
    public const string NotJson = "The sessionAttributes parameter is not valid JSON ({0}); expected a JSON object of strings, e.g. {{\"language\":\"English\"}}.";

    public const string NotObjectCode = "DCC2503";
    public const string NotObject = "The sessionAttributes parameter is a JSON {0}; expected a JSON object of strings, e.g. {{\"language\":\"English\"}}.";

    public const string NestedValueCode = "DCC2504";
    public const string NestedValue = "{0} key '{1}' holds a JSON {2}; a Connect STRING_MAP response is flat, so values must be strings, numbers or booleans.";

    public const string ResponseTooLargeCode = "DCC2505";
    public const string ResponseTooLarge = "The response is {0:N0} bytes (UTF-8); Amazon Connect accepts less than {1:N0} bytes. Largest attributes: {2}.";
}
