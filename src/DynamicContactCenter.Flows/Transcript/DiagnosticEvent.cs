using DynamicContactCenter.Routing.Diagnostics;
using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>A diagnostic raised during the call, at the point it happened (warnings, or the error that stopped the run).</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Action">The action.</param>
/// <param name="Diagnostic">The diagnostic.</param>
public sealed record DiagnosticEvent(string Flow, string? Action, Diagnostic Diagnostic) : TranscriptEvent(Flow, Action)
{
    /// <inheritdoc />
    public override string Type => "diagnostic";

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("code", Diagnostic.Code);
        writer.WriteString("severity", Diagnostic.Severity.ToString().ToLowerInvariant());
        writer.WriteString("field", Diagnostic.Location.Field);
        writer.WriteString("message", Diagnostic.Message);
    }
}
