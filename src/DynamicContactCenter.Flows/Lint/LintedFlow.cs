using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Flows.Parsing;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>One flow to lint: where it came from, its type, and what the parser made of it.</summary>
/// <param name="Name">The flow's name (the instance model's name when it lists the flow).</param>
/// <param name="File">The file, or null.</param>
/// <param name="FlowType">The flow type (CONTACT_FLOW, CUSTOMER_QUEUE, ...): not stored in flow JSON, so the instance model says it.</param>
/// <param name="Parsed">The parse result; rules beyond structure run only when it produced a flow.</param>
public sealed record LintedFlow(string Name, string? File, string FlowType, Result<FlowModel> Parsed)
{
    /// <summary>The parsed flow, or null when the parser found errors.</summary>
    public FlowModel? Model => Parsed.Value;

    /// <summary>Parses <paramref name="file"/> into a flow to lint.</summary>
    /// <param name="file">The flow file.</param>
    /// <param name="name">The flow's name; null takes it from the document or file name.</param>
    /// <param name="flowType">The flow type.</param>
    public static LintedFlow FromFile(string file, string? name = null, string flowType = "CONTACT_FLOW")
    {
        var parsed = FlowParser.ParseFile(file, name);
        return new LintedFlow(parsed.Value?.Name ?? name ?? Path.GetFileNameWithoutExtension(file), file, flowType, parsed);
    }

    /// <summary>Parses <paramref name="json"/> into a flow to lint.</summary>
    /// <param name="json">The flow JSON.</param>
    /// <param name="name">The flow's name.</param>
    /// <param name="flowType">The flow type.</param>
    /// <param name="file">The file to name in findings, or null.</param>
    public static LintedFlow FromText(string json, string name, string flowType = "CONTACT_FLOW", string? file = null) =>
        new(name, file, flowType, FlowParser.Parse(json, file, name));
}
