using System.Collections.Immutable;
using DynamicContactCenter.Routing.Diagnostics;
using System.Text.Json;

namespace DynamicContactCenter.Functions.Events;

/// <summary>Reads a Connect event with <see cref="JsonDocument"/> (no reflection), checking the shape every handler relies on.</summary>
/// <remarks>
/// Required: a JSON object with <c>Details</c> and <c>Details.ContactData</c> objects. <c>Name</c> may be absent (hand-written
/// test events omit it) but, when present, must be <c>ContactFlowEvent</c> so that e.g. a CloudFormation event sent to GetPrompts
/// fails clearly. <c>Parameters</c> may be absent; its shape is checked by the session fold. Other fields are open-ended.
/// </remarks>
internal static class ContactFlowEventParser
{
    public const string EventName = "ContactFlowEvent";

    public static EventResult<ContactFlowEvent> Parse(ReadOnlyMemory<byte> json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            return Fail(FunctionMessages.EventNotJson, exception.Message);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail(FunctionMessages.EventNotObject, JsonKinds.Name(root.ValueKind));
            }

            if (UnicodeCheck.FirstInvalid(root) is { } invalidField)
            {
                return Fail(FunctionMessages.EventNotUnicode, invalidField);
            }

            if (root.TryGetProperty("Name", out var name) && !(name.ValueKind == JsonValueKind.String && name.GetString() == EventName))
            {
                return Fail(FunctionMessages.EventWrongName, name.ToString());
            }

            if (!TryGetObject(root, "Details", out var details))
            {
                return Fail(FunctionMessages.EventMissingField, "Details");
            }

            if (!TryGetObject(details, "ContactData", out var contactData))
            {
                return Fail(FunctionMessages.EventMissingField, "Details.ContactData");
            }

            var attributes = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            if (TryGetObject(contactData, "Attributes", out var attributeObject))
            {
                foreach (var attribute in attributeObject.EnumerateObject())
                {
                    if (attribute.Value.ValueKind == JsonValueKind.String)
                    {
                        attributes[attribute.Name] = attribute.Value.GetString()!;
                    }
                }
            }

            string? address = null;
            if (TryGetObject(contactData, "SystemEndpoint", out var endpoint)
                && endpoint.TryGetProperty("Address", out var addressElement)
                && addressElement.ValueKind == JsonValueKind.String)
            {
                address = addressElement.GetString();
            }

            var parameters = details.TryGetProperty("Parameters", out var parameterElement) ? parameterElement.Clone() : default;
            return EventResult<ContactFlowEvent>.Success(new ContactFlowEvent(
                StringOrNull(contactData, "ContactId"), address, attributes.ToImmutable(), parameters));
        }
    }

    private static bool TryGetObject(JsonElement parent, string name, out JsonElement value) =>
        parent.TryGetProperty(name, out value) && value.ValueKind == JsonValueKind.Object;

    private static string? StringOrNull(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static EventResult<ContactFlowEvent> Fail(DiagnosticDescriptor descriptor, string argument) =>
        EventResult<ContactFlowEvent>.Failure(descriptor.Code, descriptor.Message(argument));
}
