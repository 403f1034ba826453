using DynamicContactCenter.Routing.Diagnostics;
using System.Collections.Immutable;
using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;

namespace DynamicContactCenter.Flows.Parsing.Legacy;

/// <summary>Reads the shape of legacy modules (ids, types, parameter and branch lists), reporting every malformed field by module
/// and field path. What the fields mean is <see cref="LegacyFlowTranslator"/>'s business.</summary>
internal sealed class LegacyModuleReader(string? file, string flowName, List<Diagnostic> diagnostics)
{
    private readonly FlowFieldReader _fields = new(file, flowName, diagnostics);

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

    private ImmutableArray<LegacyParameter>? ReadParameters(JsonElement module, string id, string at) =>
        ReadList(module, id, at, "parameters", "{name, value}", (entry, field) =>
        {
            var name = RequiredString(entry, id, field, "name", "the parameter name, e.g. Text");
            var value = entry.TryGetProperty("value", out var v) ? v.Clone() : default;
            return name is null ? null : new LegacyParameter(name, value, OptionalString(entry, "key"), OptionalString(entry, "namespace"), field,
                OptionalString(entry, "resourceName"), entry.Clone());
        });

    private ImmutableArray<LegacyBranch>? ReadBranches(JsonElement module, string id, string at) =>
        ReadList(module, id, at, "branches", "{condition, transition}", (entry, field) =>
        {
            var condition = RequiredString(entry, id, field, "condition", "the branch condition, e.g. Success");
            var transition = RequiredString(entry, id, field, "transition", "the id of the module the branch goes to");
            if (condition is null || transition is null) return null;
            var value = entry.TryGetProperty("conditionValue", out var cv) && cv.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
                ? FlowDocumentReader.ScalarText(cv) : null;
            return new LegacyBranch(condition, transition, OptionalString(entry, "conditionType"), value, field);
        });

    /// <summary>Reads the list <paramref name="name"/> of a module (absent or null is empty); every entry must be an object, which
    /// <paramref name="readEntry"/> reads or reports. Null when any entry is wrong, so a half-read module is never translated.</summary>
    private ImmutableArray<T>? ReadList<T>(JsonElement module, string id, string at, string name, string shape, Func<JsonElement, string, T?> readEntry)
        where T : class
    {
        if (!module.TryGetProperty(name, out var list) || list.ValueKind == JsonValueKind.Null) return [];
        if (list.ValueKind != JsonValueKind.Array)
        {
            diagnostics.Add(WrongType(id, $"{at}.{name}", list, $"an array of {shape} objects"));
            return null;
        }

        var builder = ImmutableArray.CreateBuilder<T>();
        var ok = true;
        var i = 0;
        foreach (var entry in list.EnumerateArray())
        {
            var field = $"{at}.{name}[{i++}]";
            if (entry.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(WrongType(id, field, entry, $"an object {shape}"));
                ok = false;
                continue;
            }

            if (readEntry(entry, field) is { } item) builder.Add(item); else ok = false;
        }

        return ok ? builder.ToImmutable() : null;
    }

    private string? RequiredString(JsonElement owner, string? id, string at, string name, string expected)
    {
        var field = $"{at}.{name}";
        return _fields.RequiredString(owner, name, id, field, field, expected);
    }

    private static string? OptionalString(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private Diagnostic WrongType(string? id, string field, JsonElement value, string expected) => _fields.WrongType(id, field, value, expected);
}
