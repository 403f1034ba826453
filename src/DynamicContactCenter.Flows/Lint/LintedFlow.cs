using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Flows.Parsing;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>One flow to lint: where it came from, its type, and what the parser made of it.</summary>
/// <param name="Name">The flow's name (the instance model's name when it lists the flow).</param>
/// <param name="File">The file, or null.</param>
/// <param name="FlowType">The flow type (CONTACT_FLOW, CUSTOMER_QUEUE, ...): not stored in flow JSON, so the instance model, the file's
/// wrapper or designer metadata (<see cref="DeclaredFlowType"/>) or <c>dcc lint --type</c> says it; else lint infers it.</param>
/// <param name="Parsed">The parse result; rules beyond structure run only when it produced a flow.</param>
public sealed record LintedFlow(string Name, string? File, string FlowType, Result<FlowModel> Parsed)
{
    /// <summary>False when nothing said the type (a bare export): <see cref="FlowLinter"/> then infers it from the actions
    /// (<see cref="FlowTypeInference"/>) and says which type it assumed when the actions fit several.</summary>
    public bool TypeDeclared { get; init; } = true;

    /// <summary>The flow types lint judges by, as the API spells them (what <c>dcc lint --type</c> accepts).</summary>
    public static IReadOnlyList<string> KnownFlowTypes { get; } = [.. Flows.Model.FlowTypes.Known.Order(StringComparer.Ordinal)];

    /// <summary>This flow judged as <paramref name="flowType"/> when nothing declared its type (<c>dcc lint --type</c> for bare files);
    /// a type the file or the instance model declares stays.</summary>
    public LintedFlow WhenUndeclared(string? flowType) => TypeDeclared || flowType is null ? this : this with { FlowType = flowType, TypeDeclared = true };

    /// <summary>The parsed flow, or null when the parser found errors.</summary>
    public FlowModel? Model => Parsed.Value;

    /// <summary>Parses <paramref name="file"/> into a flow to lint.</summary>
    /// <param name="file">The flow file.</param>
    /// <param name="name">The flow's name; null takes it from the document or file name.</param>
    /// <param name="flowType">The flow type; null reads it from the file (wrapper or designer metadata), else leaves it undeclared.</param>
    public static LintedFlow FromFile(string file, string? name = null, string? flowType = null)
    {
        var parsed = FlowParser.ParseFile(file, name);
        var declared = flowType ?? (System.IO.File.Exists(file) ? ReadDeclaredType(file) : null);
        return new LintedFlow(parsed.Value?.Name ?? name ?? Path.GetFileNameWithoutExtension(file), file, declared ?? Flows.Model.FlowTypes.ContactFlow, parsed)
        {
            TypeDeclared = declared is not null,
        };
    }

    private static string? ReadDeclaredType(string file)
    {
        try
        {
            return DeclaredFlowType.Read(System.IO.File.ReadAllText(file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The parser already reports an unreadable file (DCC1070 and friends); the type is then moot.
            return null;
        }
    }

    /// <summary>Parses <paramref name="json"/> into a flow to lint.</summary>
    /// <param name="json">The flow JSON.</param>
    /// <param name="name">The flow's name.</param>
    /// <param name="flowType">The flow type.</param>
    /// <param name="file">The file to name in findings, or null.</param>
    public static LintedFlow FromText(string json, string name, string flowType = "CONTACT_FLOW", string? file = null) =>
        new(name, file, flowType, FlowParser.Parse(json, file, name));
}
