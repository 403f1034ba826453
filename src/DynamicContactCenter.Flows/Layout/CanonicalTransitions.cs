using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DynamicContactCenter.Flows.Layout;

/// <summary>The one owner of the transition shape Connect gives back on export (DescribeContactFlow content, and the exports kept in
/// tests/corpus that carry it: BankIDAuth, terraform-aws-amazonconnect, and AWS's own default agent whisper as DescribeContactFlow
/// returns it): an action that goes on has <c>{"NextAction", "Errors": [...], "Conditions": [...]}</c> in that order, with empty arrays
/// where there are none; each error is <c>{"NextAction", "ErrorType"}</c>, each condition <c>{"NextAction", "Condition": {"Operator",
/// "Operands"}}</c>; a terminal action (nothing to go to) has <c>{}</c>. Keys a transition carries beyond these stay, after them.
/// <c>dcc layout</c> writes it (<see cref="Write"/>) and lint reports a file not in it (DCC5027, <see cref="Problems"/>).</summary>
public static class CanonicalTransitions
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Each action of <paramref name="root"/> (a flow-language document) whose Transitions are not canonical, with what differs.</summary>
    public static ImmutableArray<(string ActionId, string Problem)> Problems(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Actions", out var actions) || actions.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var problems = ImmutableArray.CreateBuilder<(string, string)>();
        foreach (var action in actions.EnumerateArray())
        {
            if (action.ValueKind != JsonValueKind.Object || !action.TryGetProperty("Transitions", out var transitions) || transitions.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var canonical = Canonical(transitions);
            if (string.Equals(canonical.ToJsonString(Compact), JsonNode.Parse(transitions.GetRawText())!.ToJsonString(Compact), StringComparison.Ordinal))
            {
                continue;
            }

            var id = action.TryGetProperty("Identifier", out var identifier) && identifier.ValueKind == JsonValueKind.String ? identifier.GetString()! : "?";
            problems.Add((id, Describe(transitions, canonical)));
        }

        return problems.ToImmutable();
    }

    /// <summary>The text of <paramref name="json"/> with every action's Transitions value written in the canonical shape; every other
    /// byte stays. A document without Actions (a wrapper) is returned unchanged.</summary>
    public static string Write(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var newline = json.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var result = new StringBuilder(json.Length);
        var copied = 0;
        foreach (var (start, end) in TransitionSpans(json))
        {
            var lineStart = json.LastIndexOf('\n', start) + 1;
            var indent = new string(' ', json.AsSpan(lineStart, start - lineStart).IndexOfAnyExcept(' ') is var n and >= 0 ? n : start - lineStart);
            using var value = JsonDocument.Parse(json.AsSpan(start, end - start).ToString());
            var text = Canonical(value.RootElement).ToJsonString(Indented).ReplaceLineEndings(newline + indent);
            result.Append(json, copied, start - copied).Append(text);
            copied = end;
        }

        return result.Append(json, copied, json.Length - copied).ToString();
    }

    /// <summary>The canonical form of one Transitions object.</summary>
    private static JsonObject Canonical(JsonElement transitions)
    {
        var result = new JsonObject();
        if (transitions.TryGetProperty("NextAction", out var next)) result["NextAction"] = JsonNode.Parse(next.GetRawText());
        var errors = Entries(transitions, "Errors", ["NextAction", "ErrorType"]);
        var conditions = Entries(transitions, "Conditions", ["NextAction", "Condition"]);
        var others = transitions.EnumerateObject().Where(p => p.Name is not ("NextAction" or "Errors" or "Conditions")).ToList();
        if (result.Count == 0 && errors.Count == 0 && conditions.Count == 0 && others.Count == 0)
        {
            return result;
        }

        result["Errors"] = errors;
        result["Conditions"] = conditions;
        foreach (var other in others) result[other.Name] = JsonNode.Parse(other.Value.GetRawText());
        return result;
    }

    private static JsonArray Entries(JsonElement transitions, string name, string[] order)
    {
        var entries = new JsonArray();
        if (!transitions.TryGetProperty(name, out var list) || list.ValueKind != JsonValueKind.Array) return entries;
        foreach (var entry in list.EnumerateArray())
        {
            entries.Add(Reordered(entry, order));
        }

        return entries;
    }

    /// <summary><paramref name="element"/> with the keys of <paramref name="order"/> first, in that order (a Condition's own
    /// Operator and Operands too), then its other keys as they were.</summary>
    private static JsonNode? Reordered(JsonElement element, string[] order)
    {
        if (element.ValueKind != JsonValueKind.Object) return JsonNode.Parse(element.GetRawText());
        var result = new JsonObject();
        foreach (var key in order.Where(k => element.TryGetProperty(k, out _)))
        {
            var value = element.GetProperty(key);
            result[key] = key == "Condition" ? Reordered(value, ["Operator", "Operands"]) : JsonNode.Parse(value.GetRawText());
        }

        foreach (var other in element.EnumerateObject().Where(p => !order.Contains(p.Name)))
        {
            result[other.Name] = JsonNode.Parse(other.Value.GetRawText());
        }

        return result;
    }

    private static string Describe(JsonElement transitions, JsonObject canonical)
    {
        if (canonical.Count == 0) return "a terminal action's Transitions is {}";
        if (!transitions.TryGetProperty("Errors", out _)) return "no Errors array";
        if (!transitions.TryGetProperty("Conditions", out _)) return "no Conditions array";
        return "keys not in the order " + string.Join(", ", canonical.Select(p => p.Key)) + " (errors: NextAction, ErrorType; conditions: NextAction, Condition)";
    }

    /// <summary>Where each action's Transitions value starts and ends in <paramref name="json"/> (character offsets), in order.</summary>
    private static List<(int Start, int End)> TransitionSpans(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var spans = new List<(int, int)>();
        var inActions = false;
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
            {
                inActions = reader.ValueTextEquals("Actions");
                if (!inActions)
                {
                    reader.Read();
                    reader.Skip();
                }
            }
            else if (inActions && reader.CurrentDepth == 3 && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isTransitions = reader.ValueTextEquals("Transitions");
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                if (isTransitions && reader.TokenType == JsonTokenType.EndObject)
                {
                    spans.Add((Encoding.UTF8.GetCharCount(bytes, 0, start), Encoding.UTF8.GetCharCount(bytes, 0, (int)reader.BytesConsumed)));
                }
            }
        }

        return spans;
    }
}
