using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DynamicContactCenter.Flows.Lint;

namespace DynamicContactCenter.Cli.Rendering;

/// <summary>Writes a lint report as JSON (<c>dcc lint --json</c>): counts, what was checked, and every finding with rule id, name,
/// severity, file, line, flow, action, field, message, fix and the underlying parser or routing code.</summary>
internal static class LintJsonWriter
{
    public static string ToJson(LintReport report)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("errors", report.ErrorCount);
            w.WriteNumber("warnings", report.WarningCount);
            w.WriteNumber("baselined", report.Baselined);
            w.WriteStartArray("flows");
            foreach (var flow in report.FlowsChecked) w.WriteStringValue(flow);
            w.WriteEndArray();
            w.WriteStartArray("cases");
            foreach (var dataCase in report.CasesWalked) w.WriteStringValue(dataCase);
            w.WriteEndArray();
            w.WriteStartArray("findings");
            foreach (var f in report.Findings)
            {
                w.WriteStartObject();
                w.WriteString("ruleId", f.Rule.Id);
                w.WriteString("rule", f.Rule.Name);
                w.WriteString("severity", f.IsError ? "error" : "warning");
                w.WriteString("file", f.Location.File);
                if (f.Location.Line is { } line) w.WriteNumber("line", line); else w.WriteNull("line");
                w.WriteString("flow", f.Location.Flow);
                w.WriteString("action", f.Location.ActionId);
                w.WriteString("field", f.Location.Field);
                w.WriteString("message", f.Message);
                w.WriteString("fix", f.FixHint);
                w.WriteString("source", f.SourceCode);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
