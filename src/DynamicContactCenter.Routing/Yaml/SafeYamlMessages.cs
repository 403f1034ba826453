namespace DynamicContactCenter.Routing.Yaml;

/// <summary>The catalogue of <see cref="SafeYaml"/>: reading any YAML file (DCC1060–DCC1066; Flows' JSON reading uses 1067–1069). Syntax errors keep each reader's own code.</summary>
internal static class SafeYamlMessages
{
    public const string TooLargeCode = "DCC1060";
    public const string TooLarge = "the file is {0:N0} bytes (the limit is {1:N0} bytes)";

    public const string TooDeepCode = "DCC1061";
    public const string TooDeep = "lists and mappings are nested {0} deep here (the limit is {1})";

    public const string TooManyNodesCode = "DCC1062";
    public const string TooManyNodes = "the document expands to more than {0:N0} nodes counting what each alias (*name) stands for (the limit; an alias bomb looks like this)";

    public const string ComplexKeyCode = "DCC1063";
    public const string ComplexKey = "a key is {0} (expected a text key; list, mapping and alias-to-collection keys are not supported)";

    public const string NotUtf8Code = "DCC1064";
    public const string NotUtf8 = "byte {0} is not valid UTF-8 (expected a UTF-8 text file; the byte would be replaced by U+FFFD and applied)";

    public const string UndefinedAliasCode = "DCC1065";
    public const string UndefinedAlias = "alias *{0} names no anchor defined before it (expected &{0} earlier in the file)";

    public const string RecursiveAliasCode = "DCC1066";
    public const string RecursiveAlias = "alias *{0} is inside the list or mapping anchored &{0} (a node cannot contain itself)";
}
