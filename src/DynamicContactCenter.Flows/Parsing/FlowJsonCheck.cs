using DynamicContactCenter.Routing.Diagnostics;
using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;

namespace DynamicContactCenter.Flows.Parsing;

/// <summary>
/// Checks a parsed JSON document for what <see cref="JsonDocument"/> accepts but a flow must not hold: the same key twice in
/// one object (Connect's import keeps one silently, so what is linted is not what runs) and strings or keys that are not
/// valid Unicode (a lone surrogate escape makes <see cref="JsonElement.GetString"/> throw later, in lint or graph).
/// </summary>
/// <remarks>Recursion is bounded by <see cref="JsonDocumentOptions.MaxDepth"/> (64), which the parse already enforced.</remarks>
internal static class FlowJsonCheck
{
    /// <summary>The first problem, naming the JSON path (prefixed with <paramref name="prefix"/> for a Content string), or null.</summary>
    public static Diagnostic? FirstProblem(JsonElement root, string? file, string flowName, string prefix) =>
        Check(root, "$", file, flowName, prefix);

    private static Diagnostic? Check(JsonElement element, string path, string? file, string flowName, string prefix)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var keys = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    if (!IsText(() => property.Name, out var name))
                    {
                        return Problem(FlowMessages.InvalidText.Code, path, file, flowName, prefix, FlowMessages.InvalidText.Format, "key", prefix + path);
                    }

                    var at = $"{path}.{name}";
                    if (!keys.Add(name))
                    {
                        return Problem(FlowMessages.DuplicateKey.Code, at, file, flowName, prefix, FlowMessages.DuplicateKey.Format, name, prefix + path);
                    }

                    if (Check(property.Value, at, file, flowName, prefix) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Check(item, $"{path}[{index++}]", file, flowName, prefix) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.String:
                return IsText(element.GetString, out _) ? null
                    : Problem(FlowMessages.InvalidText.Code, path, file, flowName, prefix, FlowMessages.InvalidText.Format, "string", prefix + path);
            default:
                return null;
        }
    }

    private static bool IsText(Func<string?> read, out string text)
    {
        try
        {
            text = read() ?? "";
            return true;
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json: "Cannot read invalid UTF-16 JSON text as string" for a lone surrogate escape.
            text = "";
            return false;
        }
    }

    private static Diagnostic Problem(string code, string path, string? file, string flowName, string prefix, string format, params object?[] args) =>
        FlowParser.Error(code, file, flowName, null, prefix + path, format, args);
}
