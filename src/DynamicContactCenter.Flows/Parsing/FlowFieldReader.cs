using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Parsing;

/// <summary>
/// The field rules both flow readers share (<see cref="FlowDocumentReader"/> for the flow language, the legacy module reader for
/// <c>modules</c> exports): a required text field is present, a string and not empty, and a field of the wrong type is reported
/// naming what was found and what was expected, in one wording for both formats.
/// </summary>
/// <param name="file">The flow file, or null.</param>
/// <param name="flowName">The flow, for locations.</param>
/// <param name="diagnostics">Where findings go (the reader's list).</param>
internal sealed class FlowFieldReader(string? file, string flowName, List<Diagnostic> diagnostics)
{
    /// <summary>Every finding so far, the reader's own included.</summary>
    public List<Diagnostic> Diagnostics => diagnostics;

    /// <summary>The non-empty string under <paramref name="name"/> of <paramref name="owner"/>, or null after reporting it missing
    /// or of the wrong type.</summary>
    /// <param name="owner">The object holding the field.</param>
    /// <param name="name">The property name.</param>
    /// <param name="id">The action or module id, for the location; null when not known yet.</param>
    /// <param name="field">The field's path, for the location.</param>
    /// <param name="shown">How the message names the field (the flow language names the property, legacy exports the path).</param>
    /// <param name="expected">What was expected, for the message.</param>
    public string? RequiredString(JsonElement owner, string name, string? id, string field, string shown, string expected)
    {
        if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            diagnostics.Add(FlowParser.Error(FlowMessages.MissingField.Code, file, flowName, id, field, FlowMessages.MissingField.Format, shown, expected));
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(value.GetString()))
        {
            diagnostics.Add(WrongType(id, field, value, expected));
            return null;
        }

        return value.GetString();
    }

    /// <summary>A finding that <paramref name="field"/> holds <paramref name="value"/> where <paramref name="expected"/> belongs.</summary>
    public Diagnostic WrongType(string? id, string field, JsonElement value, string expected) =>
        FlowParser.Error(FlowMessages.WrongFieldType.Code, file, flowName, id, field, FlowMessages.WrongFieldType.Format, field,
            value.ValueKind == JsonValueKind.String ? "an empty string" : FlowParser.Describe(value), expected);
}
