using System.Text.Json;
using System.Text.RegularExpressions;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>UpdateContactData: LanguageCode sets <c>$.LanguageCode</c>; other keys (CustomerId, Voice ID settings, ...) are kept as
/// opaque settings in the transcript.</summary>
internal sealed partial class UpdateContactDataExecutor : SyncExecutor
{
    public static UpdateContactDataExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail(ActionTypes.UpdateContactData);

    [GeneratedRegex(@"^[a-z]{2,3}-[A-Z]{2}\z")]
    private static partial Regex LanguageCodePattern();

    protected override ActionOutcome Execute(CallContext c)
    {
        var updates = new List<(string, string)>();
        foreach (var property in c.Action.Parameters.Raw.EnumerateObject())
        {
            if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array) continue;
            var field = "Parameters." + property.Name;
            var value = c.Interpolate(Parsing.FlowDocumentReader.ScalarText(property.Value), field);
            if (property.NameEquals("LanguageCode") && !LanguageCodePattern().IsMatch(value))
            {
                return ExecutorSupport.Fail(c, ErrorTypes.NoMatchingError, FlowMessages.InvalidParameter.Code, field, FlowMessages.InvalidParameter.Format, value,
                    "a language code such as en-US");
            }

            updates.Add((property.Name, value));
        }

        foreach (var (key, value) in updates)
        {
            if (key == "LanguageCode") c.LanguageCode = value;
            ExecutorSupport.Setting(c, key, value);
        }

        return ActionOutcome.Next;
    }
}
