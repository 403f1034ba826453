using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Parsing.Legacy;

/// <summary>One module being translated: reads its parameter values as flow-language text and records what is wrong with them.</summary>
internal sealed class LegacyModuleContext(LegacyModule module, string? file, string flowName, List<Diagnostic> diagnostics)
{
    public LegacyModule Module => module;

    /// <summary>True once a problem was reported: the module is not translated.</summary>
    public bool Failed { get; private set; }

    /// <summary>The value of the first parameter <paramref name="name"/> as flow-language text, or null when there is none.</summary>
    public string? Value(string name) => module.Parameter(name) is { } p ? Resolve(p) : null;

    /// <summary>As <see cref="Value"/>, but a missing parameter is an error naming the module and the parameter.</summary>
    public string? Required(string name, string expected)
    {
        if (module.Parameter(name) is { } p) return Resolve(p);
        FailMissing($"{module.Field}.parameters[name={name}]", $"parameter {name}", expected);
        return null;
    }

    /// <summary>Reports that <paramref name="what"/> is missing at <paramref name="field"/> of this module.</summary>
    public void FailMissing(string field, string what, string expected) =>
        Fail(FlowParser.Error(FlowMessages.MissingField.Code, file, flowName, module.Id, field, FlowMessages.MissingField.Format, what, expected));

    /// <summary>A static value as its text; an attribute (<c>namespace</c> set) as its JSONPath.</summary>
    public string? Resolve(LegacyParameter p)
    {
        if (p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            Fail(FlowParser.Error(FlowMessages.WrongFieldType.Code, file, flowName, module.Id, p.Field + ".value", FlowMessages.WrongFieldType.Format,
                p.Field + ".value", FlowParser.Describe(p.Value), "a string, number or boolean"));
            return null;
        }

        var text = p.Value.ValueKind == JsonValueKind.Undefined ? "" : FlowDocumentReader.ScalarText(p.Value);
        // Exports scrubbed of account data keep the resource's display name but an empty ARN ({"value": "", "resourceName":
        // "BasicQueue"}): the name is what an instance model can resolve, so it stands in for the missing ARN.
        if (p.Namespace is null && text.Length == 0 && !string.IsNullOrEmpty(p.ResourceName)) return p.ResourceName;
        return p.Namespace is null ? text : PathOf(p.Namespace, text, p.Field + ".namespace");
    }

    /// <summary>The JSONPath of attribute <paramref name="name"/> in namespace <paramref name="ns"/>; an error naming <paramref name="field"/>
    /// when the namespace or System name has none.</summary>
    public string? PathOf(string ns, string name, string field)
    {
        var path = LegacyReferences.Path(ns, name, out var problem);
        if (path is not null) return path;
        var diagnostic = problem == LegacyReferenceProblem.UnknownSystemAttribute
            ? new Diagnostic(LegacyMessages.UnknownSystemAttribute.Code, Severity.Error, DiagnosticLocation.InFlow(file, flowName, module.Id, field),
                LegacyMessages.UnknownSystemAttribute.Message(name, LegacyReferences.KnownSystemNames))
            : new Diagnostic(LegacyMessages.UnknownNamespace.Code, Severity.Error, DiagnosticLocation.InFlow(file, flowName, module.Id, field), LegacyMessages.UnknownNamespace.Message(ns));
        Fail(diagnostic);
        return null;
    }

    /// <summary>Sets <paramref name="name"/> on <paramref name="target"/> when <paramref name="value"/> is not null.</summary>
    public static void Put(JsonObject target, string name, string? value)
    {
        if (value is not null) target[name] = value;
    }

    /// <summary>The key/value parameters called <paramref name="name"/> (SetAttributes' Attribute, a Lambda's Parameter) as a string map.</summary>
    public JsonObject Map(string name)
    {
        var map = new JsonObject();
        foreach (var p in module.All(name))
        {
            if (string.IsNullOrEmpty(p.Key))
            {
                Fail(FlowParser.Error(FlowMessages.MissingField.Code, file, flowName, module.Id, p.Field + ".key", FlowMessages.MissingField.Format,
                    p.Field + ".key", "the attribute name the value is stored under"));
                continue;
            }

            if (Resolve(p) is { } value) map[p.Key] = value;
        }

        return map;
    }

    public void Fail(Diagnostic diagnostic)
    {
        diagnostics.Add(diagnostic);
        Failed = true;
    }
}
