using DynamicContactCenter.Routing.Diagnostics;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Parsing;

/// <summary>Reads one flow-language document element into a <see cref="FlowModel"/>, collecting every finding.</summary>
internal sealed class FlowDocumentReader(string? file, string flowName)
{
    private readonly FlowFieldReader _fields = new(file, flowName, []);
    private readonly List<(string ActionId, string Field, string Target)> _targets = [];

    public Result<FlowModel> Read(JsonElement root, int contentLength)
    {
        ReadVersion(root);
        var start = ReadStartAction(root);
        var actions = ReadActions(root);
        if (contentLength > FlowParser.ContentLimit)
        {
            _fields.Diagnostics.Add(FlowParser.Warning(FlowMessages.ContentTooLong.Code, file, flowName, null, null, FlowMessages.ContentTooLong.Format, contentLength));
        }

        var ids = new HashSet<string>(actions.Select(a => a.Identifier), StringComparer.Ordinal);
        if (start is not null && actions.Length > 0 && !ids.Contains(start))
        {
            _fields.Diagnostics.Add(FlowParser.Error(FlowMessages.UnknownStartAction.Code, file, flowName, null, "StartAction", FlowMessages.UnknownStartAction.Format, start));
        }

        foreach (var (actionId, field, target) in _targets)
        {
            if (!ids.Contains(target))
            {
                _fields.Diagnostics.Add(FlowParser.Error(FlowMessages.UnknownTransitionTarget.Code, file, flowName, actionId, field,
                    FlowMessages.UnknownTransitionTarget.Format, field, target));
            }
        }

        var isModule = root.TryGetProperty("Settings", out var settings) && settings.ValueKind == JsonValueKind.Object;
        var hasErrors = _fields.Diagnostics.Exists(d => d.IsError);
        var model = hasErrors || start is null ? null : new FlowModel(flowName, file, start, actions, isModule)
        {
            ModuleTransitions = isModule ? ModuleSettingsReader.Transitions(settings) : [],
        };
        return new Result<FlowModel>(model, [.. _fields.Diagnostics]);
    }

    private void ReadVersion(JsonElement root)
    {
        if (!root.TryGetProperty("Version", out var version))
        {
            _fields.Diagnostics.Add(FlowParser.Error(FlowMessages.MissingField.Code, file, flowName, null, "Version", FlowMessages.MissingField.Format,
                "Version", $"\"{FlowParser.SupportedVersion}\""));
            return;
        }

        var text = version.ValueKind == JsonValueKind.String ? version.GetString() : version.GetRawText();
        if (text != FlowParser.SupportedVersion)
        {
            _fields.Diagnostics.Add(FlowParser.Error(FlowMessages.UnsupportedVersion.Code, file, flowName, null, "Version", FlowMessages.UnsupportedVersion.Format, text));
        }
    }

    private string? ReadStartAction(JsonElement root)
    {
        if (!root.TryGetProperty("StartAction", out var start) || start.ValueKind == JsonValueKind.Null)
        {
            _fields.Diagnostics.Add(FlowParser.Error(FlowMessages.MissingStartAction.Code, file, flowName, null, "StartAction", FlowMessages.MissingStartAction.Format));
            return null;
        }

        if (start.ValueKind != JsonValueKind.String)
        {
            _fields.Diagnostics.Add(WrongType(null, "StartAction", start, "a string (an action Identifier)"));
            return null;
        }

        return start.GetString();
    }

    private ImmutableArray<FlowAction> ReadActions(JsonElement root)
    {
        var actionsElement = root.GetProperty("Actions");
        if (actionsElement.ValueKind != JsonValueKind.Array)
        {
            _fields.Diagnostics.Add(WrongType(null, "Actions", actionsElement, "an array of actions"));
            return [];
        }

        var count = actionsElement.GetArrayLength();
        if (count == 0)
        {
            // Not a warning: every call of such a flow fails at its first step, and graph has nothing to draw.
            _fields.Diagnostics.Add(FlowParser.Error(FlowMessages.NoActions.Code, file, flowName, null, "Actions", FlowMessages.NoActions.Format));
            return [];
        }

        if (count > FlowParser.ActionLimit)
        {
            _fields.Diagnostics.Add(FlowParser.Warning(FlowMessages.TooManyActions.Code, file, flowName, null, "Actions", FlowMessages.TooManyActions.Format, count));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var builder = ImmutableArray.CreateBuilder<FlowAction>(count);
        var index = 0;
        foreach (var element in actionsElement.EnumerateArray())
        {
            var action = ReadAction(element, index++);
            if (action is null) continue;
            if (!seen.Add(action.Identifier))
            {
                _fields.Diagnostics.Add(FlowParser.Error(FlowMessages.DuplicateIdentifier.Code, file, flowName, action.Identifier, "Identifier",
                    FlowMessages.DuplicateIdentifier.Format, action.Identifier));
                continue;
            }

            builder.Add(action);
        }

        return builder.ToImmutable();
    }

    private FlowAction? ReadAction(JsonElement element, int index)
    {
        var at = $"Actions[{index}]";
        if (element.ValueKind != JsonValueKind.Object)
        {
            _fields.Diagnostics.Add(WrongType(null, at, element, "an action object"));
            return null;
        }

        var id = ReadRequiredString(element, null, at, "Identifier", "a unique action Identifier");
        if (id is null) return null;
        var type = ReadRequiredString(element, id, at, "Type", "the action type, e.g. MessageParticipant");
        if (type is null) return null;

        JsonElement parameters;
        if (!element.TryGetProperty("Parameters", out parameters) || parameters.ValueKind == JsonValueKind.Null)
        {
            // Older exports omit Parameters (TransferContactToQueue, DistributeByPercentage): treat as {}.
            parameters = EmptyObject;
        }
        else if (parameters.ValueKind != JsonValueKind.Object)
        {
            _fields.Diagnostics.Add(WrongType(id, "Parameters", parameters, "an object"));
            return null;
        }

        var transitions = ReadTransitions(element, id);
        if (transitions is null) return null;
        var clonedParameters = parameters.Clone();
        if (!Execution.Actions.ActionExecutors.IsSupported(type))
        {
            _fields.Diagnostics.Add(FlowParser.Warning(FlowMessages.UnknownActionType.Code, file, flowName, id, "Type", FlowMessages.UnknownActionType.Format, type));
            return new UnknownAction(id, type, clonedParameters, transitions, element.GetRawText());
        }

        return new FlowAction(id, type, clonedParameters, transitions);
    }

    private Transitions? ReadTransitions(JsonElement action, string id)
    {
        if (!action.TryGetProperty("Transitions", out var transitions) || transitions.ValueKind == JsonValueKind.Null)
        {
            return Transitions.None;
        }

        if (transitions.ValueKind != JsonValueKind.Object)
        {
            _fields.Diagnostics.Add(WrongType(id, "Transitions", transitions, "an object"));
            return null;
        }

        var ok = true;
        string? next = null;
        if (transitions.TryGetProperty("NextAction", out var nextElement) && nextElement.ValueKind != JsonValueKind.Null)
        {
            next = ReadTarget(nextElement, id, "Transitions.NextAction", ref ok);
        }

        var conditions = ImmutableArray.CreateBuilder<TransitionCondition>();
        if (TryGetArray(transitions, id, "Conditions", out var conditionsElement, ref ok))
        {
            var i = 0;
            foreach (var condition in conditionsElement.EnumerateArray())
            {
                var parsed = ReadCondition(condition, id, $"Transitions.Conditions[{i++}]");
                if (parsed is null) ok = false; else conditions.Add(parsed);
            }
        }

        var errors = ImmutableArray.CreateBuilder<ErrorTransition>();
        if (TryGetArray(transitions, id, "Errors", out var errorsElement, ref ok))
        {
            var i = 0;
            foreach (var error in errorsElement.EnumerateArray())
            {
                var field = $"Transitions.Errors[{i++}]";
                if (error.ValueKind != JsonValueKind.Object)
                {
                    _fields.Diagnostics.Add(WrongType(id, field, error, "an object with ErrorType and NextAction"));
                    ok = false;
                    continue;
                }

                var errorType = ReadRequiredString(error, id, field, "ErrorType", "an error type such as NoMatchingError");
                var target = error.TryGetProperty("NextAction", out var t) ? ReadTarget(t, id, field + ".NextAction", ref ok) : MissingTarget(id, field);
                if (errorType is null || target is null) ok = false; else errors.Add(new ErrorTransition(errorType, target));
            }
        }

        return ok ? new Transitions(next, conditions.ToImmutable(), errors.ToImmutable()) : null;
    }

    private TransitionCondition? ReadCondition(JsonElement element, string id, string field)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            _fields.Diagnostics.Add(WrongType(id, field, element, "an object with NextAction and Condition"));
            return null;
        }

        var ok = true;
        var target = element.TryGetProperty("NextAction", out var t) ? ReadTarget(t, id, field + ".NextAction", ref ok) : MissingTarget(id, field);
        if (!element.TryGetProperty("Condition", out var condition) || condition.ValueKind != JsonValueKind.Object)
        {
            _fields.Diagnostics.Add(FlowParser.Error(FlowMessages.MissingField.Code, file, flowName, id, field + ".Condition", FlowMessages.MissingField.Format,
                "Condition", "an object with Operator and Operands"));
            return null;
        }

        var operatorName = ReadRequiredString(condition, id, field + ".Condition", "Operator", "a condition operator such as Equals");
        if (operatorName is null || target is null || !ok) return null;
        if (!Array.Exists(Enum.GetNames<ConditionOperator>(), n => n == operatorName))
        {
            _fields.Diagnostics.Add(FlowParser.Error(FlowMessages.UnknownOperator.Code, file, flowName, id, field + ".Condition.Operator",
                FlowMessages.UnknownOperator.Format, operatorName));
            return null;
        }

        var op = Enum.Parse<ConditionOperator>(operatorName);
        var operands = ImmutableArray.CreateBuilder<string>();
        if (condition.TryGetProperty("Operands", out var operandsElement))
        {
            if (operandsElement.ValueKind != JsonValueKind.Array)
            {
                _fields.Diagnostics.Add(WrongType(id, field + ".Condition.Operands", operandsElement, "an array of strings"));
                return null;
            }

            foreach (var operand in operandsElement.EnumerateArray())
            {
                if (operand.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    _fields.Diagnostics.Add(FlowParser.Error(FlowMessages.NestedCondition.Code, file, flowName, id, field + ".Condition.Operands",
                        FlowMessages.NestedCondition.Format));
                    return null;
                }

                operands.Add(ScalarText(operand));
            }
        }

        return new TransitionCondition(target, op, operands.ToImmutable());
    }

    private bool TryGetArray(JsonElement transitions, string id, string name, out JsonElement array, ref bool ok)
    {
        if (!transitions.TryGetProperty(name, out array) || array.ValueKind == JsonValueKind.Null) return false;
        if (array.ValueKind == JsonValueKind.Array) return true;
        _fields.Diagnostics.Add(WrongType(id, "Transitions." + name, array, "an array"));
        ok = false;
        return false;
    }

    private string? ReadTarget(JsonElement element, string id, string field, ref bool ok)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            _fields.Diagnostics.Add(WrongType(id, field, element, "a string (an action Identifier)"));
            ok = false;
            return null;
        }

        var target = element.GetString()!;
        _targets.Add((id, field, target));
        return target;
    }

    private string? MissingTarget(string id, string field)
    {
        _fields.Diagnostics.Add(FlowParser.Error(FlowMessages.MissingField.Code, file, flowName, id, field + ".NextAction", FlowMessages.MissingField.Format,
            "NextAction", "the Identifier of the target action"));
        return null;
    }

    private string? ReadRequiredString(JsonElement owner, string? id, string at, string name, string expected) =>
        _fields.RequiredString(owner, name, id, id is not null && at.StartsWith("Actions[", StringComparison.Ordinal) ? name : $"{at}.{name}", name, expected);

    private Diagnostic WrongType(string? id, string field, JsonElement value, string expected) => _fields.WrongType(id, field, value, expected);

    /// <summary>Exports write numbers and booleans as strings; real JSON scalars are accepted and read as their text.</summary>
    internal static string ScalarText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "",
        JsonValueKind.Number => value.TryGetDecimal(out var d) ? d.ToString(CultureInfo.InvariantCulture) : value.GetRawText(),
        _ => value.GetRawText(),
    };

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();
}
