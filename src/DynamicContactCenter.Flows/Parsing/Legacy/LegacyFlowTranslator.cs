using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Parsing.Legacy;

/// <summary>What translating a legacy export produced: the flow-language document, or null with the errors that stopped it.</summary>
/// <param name="Document">The flow-language document (Version 2019-10-30), or null when any diagnostic is an error.</param>
/// <param name="Diagnostics">Every finding, naming the module (as the action) and the legacy field.</param>
internal sealed record LegacyTranslation(JsonObject? Document, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>Translates the 2018–2020 export format (<c>{"modules": [...], "start": ..., "version": "1"}</c>) into a flow-language
/// document, so every command reads it exactly as it reads a modern export. Module ids become action Identifiers unchanged and
/// designer positions move to <c>Metadata.ActionMetadata</c>, so a converted flow imports with the same layout and ids.</summary>
internal static class LegacyFlowTranslator
{
    /// <summary>True for a legacy export: a <c>modules</c> array where a modern document has <c>Actions</c>.</summary>
    public static bool IsLegacy(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("modules", out _) && !root.TryGetProperty("Actions", out _);

    /// <summary>The flow's own name: <c>metadata.name</c> of the export.</summary>
    public static string? Name(JsonElement root) =>
        root.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
        && metadata.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(name.GetString())
            ? name.GetString() : null;

    public static LegacyTranslation Translate(JsonElement root, string? file, string flowName)
    {
        var diagnostics = new List<Diagnostic>();
        var modules = root.GetProperty("modules");
        if (modules.ValueKind != JsonValueKind.Array || modules.GetArrayLength() == 0)
        {
            diagnostics.Add(FlowParser.Error(FlowMessages.WrongFieldType.Code, file, flowName, null, "modules", FlowMessages.WrongFieldType.Format, "modules",
                modules.ValueKind == JsonValueKind.Array ? "an empty array" : FlowParser.Describe(modules), "an array of modules"));
            return new LegacyTranslation(null, [.. diagnostics]);
        }

        string? start = null;
        if (!root.TryGetProperty("start", out var startElement) || startElement.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(startElement.GetString()))
        {
            diagnostics.Add(FlowParser.Error(FlowMessages.MissingField.Code, file, flowName, null, "start", FlowMessages.MissingField.Format, "start",
                "the id of the first module"));
        }
        else
        {
            start = startElement.GetString();
        }

        var reader = new LegacyModuleReader(file, flowName, diagnostics);
        var actions = new JsonArray();
        var actionMetadata = new JsonObject();
        var index = 0;
        foreach (var element in modules.EnumerateArray())
        {
            if (reader.Read(element, index++) is not { } module) continue;
            if (TranslateModule(module, file, flowName, diagnostics) is not { } action) continue;
            actions.Add((JsonNode)action);
            if (module.Position is { } position && !actionMetadata.ContainsKey(module.Id))
            {
                actionMetadata[module.Id] = new JsonObject { ["position"] = JsonNode.Parse(position.GetRawText()) };
            }
        }

        if (diagnostics.Exists(d => d.IsError)) return new LegacyTranslation(null, [.. diagnostics]);
        var document = new JsonObject
        {
            ["Version"] = FlowParser.SupportedVersion,
            ["StartAction"] = start,
            ["Metadata"] = Metadata(root, flowName, actionMetadata),
            ["Actions"] = actions,
        };
        return new LegacyTranslation(document, [.. diagnostics]);
    }

    /// <summary>The designer data a modern export carries: entry point, name, description, flow type and each action's position.
    /// The legacy <c>hash</c> and <c>status</c> describe the old content and are dropped.</summary>
    private static JsonObject Metadata(JsonElement root, string flowName, JsonObject actionMetadata)
    {
        var metadata = new JsonObject();
        var legacy = root.TryGetProperty("metadata", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
        if (legacy.ValueKind == JsonValueKind.Object && legacy.TryGetProperty("entryPointPosition", out var entry) && entry.ValueKind == JsonValueKind.Object)
        {
            metadata["entryPointPosition"] = JsonNode.Parse(entry.GetRawText());
        }

        metadata["name"] = flowName;
        foreach (var key in new[] { "description", "type" })
        {
            if (legacy.ValueKind == JsonValueKind.Object && legacy.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String)
            {
                metadata[key] = value.GetString();
            }
        }

        metadata["ActionMetadata"] = actionMetadata;
        return metadata;
    }

    private static JsonObject? TranslateModule(LegacyModule module, string? file, string flowName, List<Diagnostic> diagnostics)
    {
        if (LegacyModuleTypes.For(module) is not { } rule)
        {
            diagnostics.Add(new Diagnostic(LegacyMessages.UnknownModuleType.Code, Severity.Error, DiagnosticLocation.InFlow(file, flowName, module.Id, module.Field + ".type"),
                LegacyMessages.UnknownModuleType.Message(module.Display, LegacyModuleTypes.Known)));
            return null;
        }

        var context = new LegacyModuleContext(module, file, flowName, diagnostics);
        var parameters = rule.Parameters(context);
        var transitions = Transitions(module, rule, context, file, flowName);
        if (context.Failed) return null;
        return new JsonObject
        {
            ["Identifier"] = module.Id,
            ["Type"] = rule.ModernType,
            ["Parameters"] = parameters,
            ["Transitions"] = transitions,
        };
    }

    private static JsonObject Transitions(LegacyModule module, LegacyModuleRule rule, LegacyModuleContext context, string? file, string flowName)
    {
        var transitions = new JsonObject();
        var conditions = new JsonArray();
        var errors = new JsonArray();
        var percentSoFar = 0m;
        foreach (var branch in module.Branches)
        {
            if (!rule.Branches.TryGetValue(branch.Condition, out var branchRule))
            {
                context.Fail(new Diagnostic(LegacyMessages.UnknownBranchCondition.Code, Severity.Error, DiagnosticLocation.InFlow(file, flowName, module.Id, branch.Field + ".condition"),
                    LegacyMessages.UnknownBranchCondition.Message(branch.Condition, module.Display,
                        string.Join(", ", rule.Branches.Keys.Order(StringComparer.Ordinal)))));
                continue;
            }

            switch (branchRule)
            {
                case LegacyBranchRule.Next:
                    transitions["NextAction"] = branch.Transition;
                    break;
                case LegacyBranchRule.Error error:
                    errors.Add((JsonNode)new JsonObject { ["NextAction"] = branch.Transition, ["ErrorType"] = error.ErrorType });
                    break;
                case LegacyBranchRule.Fixed fixedCondition:
                    conditions.Add((JsonNode)Condition(branch.Transition, fixedCondition.Operator, fixedCondition.Operand));
                    break;
                case LegacyBranchRule.Percentage:
                    if (!decimal.TryParse(branch.ConditionValue, NumberStyles.Number, CultureInfo.InvariantCulture, out var share))
                    {
                        context.Fail(FlowParser.Error(FlowMessages.WrongFieldType.Code, file, flowName, module.Id, branch.Field + ".conditionValue",
                            FlowMessages.WrongFieldType.Format, branch.Field + ".conditionValue", $"'{branch.ConditionValue}'", "this branch's percentage, a number"));
                        break;
                    }

                    percentSoFar += share;
                    conditions.Add((JsonNode)Condition(branch.Transition, "NumberLessThan", (1 + percentSoFar).ToString(CultureInfo.InvariantCulture)));
                    break;
                default:
                    if (Operator(branch.ConditionType) is { } op)
                    {
                        conditions.Add((JsonNode)Condition(branch.Transition, op, branch.ConditionValue ?? ""));
                    }
                    else
                    {
                        context.Fail(new Diagnostic(LegacyMessages.UnknownConditionType.Code, Severity.Error, DiagnosticLocation.InFlow(file, flowName, module.Id,
                            branch.Field + ".conditionType"),
                            LegacyMessages.UnknownConditionType.Message(branch.ConditionType ?? "(missing)")));
                    }

                    break;
            }
        }

        if (conditions.Count > 0) transitions["Conditions"] = conditions;
        if (errors.Count > 0) transitions["Errors"] = errors;
        return transitions;
    }

    private static JsonObject Condition(string target, string op, string operand) => new()
    {
        ["NextAction"] = target,
        ["Condition"] = new JsonObject { ["Operator"] = op, ["Operands"] = new JsonArray(JsonValue.Create(operand)) },
    };

    /// <summary>Legacy operators → flow language. The legacy designer compared numbers with GreaterThan/LessThan; the text operators
    /// are kept under their modern names.</summary>
    private static string? Operator(string? legacy) => legacy switch
    {
        "Equals" => "Equals",
        "GreaterThan" => "NumberGreaterThan",
        "GreaterThanOrEqualTo" => "NumberGreaterOrEqualTo",
        "LessThan" => "NumberLessThan",
        "LessThanOrEqualTo" => "NumberLessOrEqualTo",
        "Contains" => "TextContains",
        "StartsWith" => "TextStartsWith",
        "EndsWith" => "TextEndsWith",
        _ => null,
    };
}
