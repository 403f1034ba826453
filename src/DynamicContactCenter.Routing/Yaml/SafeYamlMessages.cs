using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Routing.Yaml;

#pragma warning disable CS1591 // The entries are the catalogue: each code and format says what it reports.

/// <summary>The catalogue of <see cref="SafeYaml"/>: reading any YAML file (DCC1060–DCC1066; Flows' JSON reading uses 1067–1069). Syntax errors keep each reader's own code.</summary>
public static class SafeYamlMessages
{
    public static readonly DiagnosticDescriptor TooLarge = new("DCC1060", "the file is {0:N0} bytes (the limit is {1:N0} bytes)");

    public static readonly DiagnosticDescriptor TooDeep = new("DCC1061", "lists and mappings are nested {0} deep here (the limit is {1})");

    public static readonly DiagnosticDescriptor TooManyNodes = new("DCC1062", "the document expands to more than {0:N0} nodes counting what each alias (*name) stands for (the limit; an alias bomb looks like this)");

    public static readonly DiagnosticDescriptor ComplexKey = new("DCC1063", "a key is {0} (expected a text key; list, mapping and alias-to-collection keys are not supported)");

    public static readonly DiagnosticDescriptor NotUtf8 = new("DCC1064", "byte {0} is not valid UTF-8 (expected a UTF-8 text file; the byte would be replaced by U+FFFD and applied)");

    public static readonly DiagnosticDescriptor UndefinedAlias = new("DCC1065", "alias *{0} names no anchor defined before it (expected &{0} earlier in the file)");

    public static readonly DiagnosticDescriptor RecursiveAlias = new("DCC1066", "alias *{0} is inside the list or mapping anchored &{0} (a node cannot contain itself)");
}
