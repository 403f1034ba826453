using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution.Actions;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Routing.Placeholders;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>The bind stage between parse and execute: resolves <c>${Name}</c> placeholders in each action's Parameters and picks
/// the executor for its Type (one switch, in <see cref="ActionExecutors"/>).</summary>
internal static partial class FlowBinder
{
    /// <summary>The placeholder rule of a call: its own values (<c>--environment</c>, a lint case's environment) over the instance
    /// model's <c>placeholders:</c>.</summary>
    public static Func<string, string?> Placeholders(IReadOnlyDictionary<string, string> overrides, Instance.InstanceModel instance) =>
        name => overrides.TryGetValue(name, out var value) ? value : instance.ResolvePlaceholder(name);

    /// <summary>Binds a resolved flow (which must have succeeded).</summary>
    public static BoundFlow Bind(Catalog.FlowResolution resolution, Func<string, string?> resolvePlaceholder) =>
        Bind(resolution.Flow!, resolution.Arn, resolution.FlowType, resolvePlaceholder);

    public static BoundFlow Bind(FlowModel model, string? arn, string flowType, Func<string, string?> resolvePlaceholder)
    {
        var actions = model.Actions.ToFrozenDictionary(a => a.Identifier, a => BindAction(model, a, resolvePlaceholder), StringComparer.Ordinal);
        return new BoundFlow(model, arn, flowType, actions);
    }

    private static BoundAction BindAction(FlowModel model, FlowAction action, Func<string, string?> resolvePlaceholder)
    {
        var parameters = action.Parameters;
        Diagnostic? unresolved = null;
        string? unresolvedName = null;
        if (parameters.GetRawText().Contains("${", StringComparison.Ordinal))
        {
            var missing = new List<(string Field, string Name)>();
            parameters = Substitute(parameters, resolvePlaceholder, missing);
            if (missing.Count > 0)
            {
                // Kept as written (a stub reference); whether that stops the call is the call's choice (CallRequest.Strict).
                unresolvedName = missing[0].Name;
                unresolved = new Diagnostic(FlowMessages.UnresolvedPlaceholder.Code, Severity.Error, DiagnosticLocation.InFlow(model.File, model.Name, action.Identifier,
                    missing[0].Field), FlowMessages.UnresolvedPlaceholder.Message(unresolvedName));
            }
        }

        // A type we do not run binds to the stub executor: it runs as a stub, or stops a strict call with DCC3301 (issue #12 item 3).
        // The registry is the parser's list of types too, so a parsed type without an executor would be a gap between the two;
        // it gets the same stub, so every bound action has an executor and nothing downstream checks for none.
        var executor = action is UnknownAction ? UnsupportedTypeStubExecutor.Instance : ActionExecutors.For(action.Type) ?? UnsupportedTypeStubExecutor.Instance;
        return new BoundAction(action, new ParameterReader(parameters), executor, unresolved)
        {
            UnresolvedPlaceholderName = unresolvedName,
        };
    }

    private static JsonElement Substitute(JsonElement parameters, Func<string, string?> resolve, List<(string, string)> missing)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, parameters, "Parameters", resolve, missing);
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element, string field, Func<string, string?> resolve, List<(string, string)> missing)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(Replace(property.Name, field, resolve, missing));
                    Write(writer, property.Value, $"{field}.{property.Name}", resolve, missing);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                var i = 0;
                foreach (var item in element.EnumerateArray()) Write(writer, item, $"{field}[{i++}]", resolve, missing);
                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(Replace(element.GetString()!, field, resolve, missing));
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    private static string Replace(string text, string field, Func<string, string?> resolve, List<(string, string)> missing) =>
        PlaceholderGrammar.Replace(text, name =>
        {
            var value = resolve(name);
            if (value is null) missing.Add((field, name));
            return value;
        });
}
