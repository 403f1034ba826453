using System.Collections.Immutable;
using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;

namespace DynamicContactCenter.Flows.Parsing.Legacy;

/// <summary>Reads the shape of legacy modules (ids, types, parameter and branch lists), reporting every malformed field by module
/// and field path. What the fields mean is <see cref="LegacyFlowTranslator"/>'s business.</summary>
internal sealed class LegacyModuleReader(string? file, string flowName, List<FlowDiagnostic> diagnostics)
{
    public LegacyModule? Read(JsonElement element, int index)
    {
        var at = $"modules[{index}]";
        if (element.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(WrongType(null, at, element, "a module object with id, type, branches and parameters"));
            return null;
        }

        var id = RequiredString(element, null, at, "id", "the module's id (a UUID)");
        if (id is null) return null;
        var type = RequiredString(element, id, at, "type", "the module type, e.g. PlayPrompt");
        var target = element.TryGetProperty("target", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        var parameters = ReadParameters(element, id, at);
        var branches = ReadBranches(element, id, at);
        JsonElement? position = element.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
            && metadata.TryGetProperty("position", out var p) && p.ValueKind == JsonValueKind.Object ? p.Clone() : null;
        return type is null || parameters is null || branches is null
            ? null
            : new LegacyModule(id, type, string.IsNullOrEmpty(target) ? null : target, parameters.Value, branches.Value, position, at);
    }

    private ImmutableArray<LegacyParameter>? ReadParameters(JsonElement module, string id, string at)
    {
        if (!module.TryGetProperty("parameters", out var list) || list.ValueKind == JsonValueKind.Null) return [];
        if (list.ValueKind != JsonValueKind.Array)
        {
            diagnostics.Add(WrongType(id, at + ".parameters", list, "an array of {name, value} objects"));
            return null;
        }

        var builder = ImmutableArray.CreateBuilder<LegacyParameter>();
        var ok = true;
        var i = 0;
        foreach (var entry in list.EnumerateArray())
        {
            var field = $"{at}.parameters[{i++}]";
            if (entry.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(WrongType(id, field, entry, "an object with name and value"));
                ok = false;
                continue;
            }

            var name = RequiredString(entry, id, field, "name", "the parameter name, e.g. Text");
            var value = entry.TryGetProperty("value", out var v) ? v.Clone() : default;
            if (name is null) { ok = false; continue; }
            builder.Add(new LegacyParameter(name, value, OptionalString(entry, "key"), OptionalString(entry, "namespace"), field,
                OptionalString(entry, "resourceName"), entry.Clone()));
        }

        return ok ? builder.ToImmutable() : null;
    }

    private ImmutableArray<LegacyBranch>? ReadBranches(JsonElement module, string id, string at)
    {
        if (!module.TryGetProperty("branches", out var list) || list.ValueKind == JsonValueKind.Null) return [];
        if (list.ValueKind != JsonValueKind.Array)
        {
            diagnostics.Add(WrongType(id, at + ".branches", list, "an array of {condition, transition} objects"));
            return null;
        }

        var builder = ImmutableArray.CreateBuilder<LegacyBranch>();
        var ok = true;
        var i = 0;
        foreach (var entry in list.EnumerateArray())
        {
            var field = $"{at}.branches[{i++}]";
            if (entry.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(WrongType(id, field, entry, "an object with condition and transition"));
                ok = false;
                continue;
            }

            var condition = RequiredString(entry, id, field, "condition", "the branch condition, e.g. Success");
            var transition = RequiredString(entry, id, field, "transition", "the id of the module the branch goes to");
            if (condition is null || transition is null) { ok = false; continue; }
            var value = entry.TryGetProperty("conditionValue", out var cv) && cv.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
                ? FlowDocumentReader.ScalarText(cv) : null;
            builder.Add(new LegacyBranch(condition, transition, OptionalString(entry, "conditionType"), value, field));
        }

        return ok ? builder.ToImmutable() : null;
    }

    private string? RequiredString(JsonElement owner, string? id, string at, string name, string expected)
    {
        var field = $"{at}.{name}";
        if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            diagnostics.Add(FlowParser.Error(FlowDiagnosticCodes.MissingField, file, flowName, id, field, FlowMessages.MissingField, field, expected));
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(value.GetString()))
        {
            diagnostics.Add(WrongType(id, field, value, expected));
            return null;
        }

        return value.GetString();
    }

    private static string? OptionalString(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private FlowDiagnostic WrongType(string? id, string field, JsonElement value, string expected) =>
        FlowParser.Error(FlowDiagnosticCodes.WrongFieldType, file, flowName, id, field, FlowMessages.WrongFieldType, field,
            value.ValueKind == JsonValueKind.String ? "an empty string" : FlowParser.Describe(value), expected);
}
