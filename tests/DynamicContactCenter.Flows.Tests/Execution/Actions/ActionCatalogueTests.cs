using System.Globalization;
using System.Text;
using DynamicContactCenter.Flows.Execution.Actions;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Parsing;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Testing;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

/// <summary>The registry of executors, the types the parser accepts and docs/actions.md (our copy of the action catalogue of
/// reference/flow-language.md §7) agree: the supported table is rendered from the specs, and every documented type we do not run
/// is one the parser reports as unknown.</summary>
public sealed class ActionCatalogueTests
{
    private const string Begin = "<!-- supported:begin (rendered from the specs by ActionCatalogueTests) -->";
    private const string End = "<!-- supported:end -->";

    private static readonly string[] Registered = [.. ActionExecutors.All.Select(e => e.Spec.Type)];

    [Fact]
    public void Registry_EachTypeOnce_AndEveryRegisteredTypeParsesAsSupported()
    {
        // Act
        var unknown = Registered.Where(type => ParsedAction(type) is UnknownAction).ToList();

        // Assert
        Registered.ShouldBeUnique();
        unknown.ShouldBeEmpty();
    }

    [Fact]
    public async Task DocsActions_SupportedTable_IsRenderedFromTheRegistry()
    {
        // Arrange
        var expected = RenderTable();

        // Act
        var docs = await File.ReadAllTextAsync(RepositoryPaths.Combine("docs", "actions.md"));

        // Assert
        var start = docs.IndexOf(Begin, StringComparison.Ordinal);
        var end = docs.IndexOf(End, StringComparison.Ordinal);
        (start >= 0 && end > start).ShouldBeTrue($"docs/actions.md has no {Begin} ... {End} block");
        docs[(start + Begin.Length)..end].Trim().ShouldBe(expected, $"docs/actions.md is out of date with the executors' specs; paste this table:\n{expected}");
    }

    [Fact]
    public async Task DocsActions_DocumentedButNotRun_AreUnknownToTheParserAndTheRegistry()
    {
        // Arrange
        var docs = await File.ReadAllTextAsync(RepositoryPaths.Combine("docs", "actions.md"));
        var section = docs[docs.IndexOf("## Documented, not run yet", StringComparison.Ordinal)..];
        var notRun = section.Split('\n').Where(l => l.StartsWith("- `", StringComparison.Ordinal)).Select(l => l.Split('`')[1]).ToList();

        // Act
        var parsedAsSupported = notRun.Where(type => ParsedAction(type) is not UnknownAction).ToList();

        // Assert
        notRun.ShouldNotBeEmpty();
        notRun.Intersect(Registered).ShouldBeEmpty();
        parsedAsSupported.ShouldBeEmpty();
    }

    private static FlowAction ParsedAction(string type) => FlowParser.Parse(Flow(Act("A", type, "{}", "Hang up"), Disconnect())).Value!.Actions[0];

    /// <summary>The table docs/actions.md carries, one row per registered type in name order.</summary>
    private static string RenderTable()
    {
        var text = new StringBuilder()
            .Append("| Type | Must wire | May also wire | Conditions | Allowed in | Parameters checked | Graph |\n")
            .Append("|---|---|---|---|---|---|---|\n");
        foreach (var spec in ActionExecutors.All.Select(e => e.Spec).OrderBy(s => s.Type, StringComparer.Ordinal))
        {
            var must = spec.RequiredErrors.IsEmpty ? "—"
                : string.Join(", ", spec.RequiredErrors) + (spec.MissingErrorSeverity == Severity.Warning ? " (warning)" : "");
            var may = spec.OptionalErrors.IsEmpty ? "—" : string.Join(", ", spec.OptionalErrors);
            var conditions = spec.Result?.Allowed ?? "none";
            var where = spec.AllowedIn is { } allowed ? string.Join(", ", allowed) : "any";
            var parameters = spec.Parameters.IsEmpty ? "—" : string.Join("; ", spec.Parameters.Select(Describe));
            text.Append(CultureInfo.InvariantCulture, $"| `{spec.Type}` | {must} | {may} | {conditions} | {where} | {parameters} | {spec.NodeKind} |\n");
        }

        return text.ToString().Trim();
    }

    private static string Describe(ParameterSpec p)
    {
        var parts = new List<string>();
        if (p.Required) parts.Add("required");
        if (p.Shape != ParameterShape.Scalar) parts.Add(p.Expected);
        if (!p.AllowedValues.IsEmpty) parts.Add(string.Join(" / ", p.AllowedValues));
        if (p.Range is var (min, max)) parts.Add(max > 1_000_000_000 ? $"≥ {min}" : $"{min}–{max}");
        return parts.Count == 0 ? $"`{p.Name}`" : $"`{p.Name}` ({string.Join(", ", parts)})";
    }
}
