using System.Text;
using System.Text.Json;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>Builds the <c>ContactFlowEvent</c> JSON Connect sends to Lambda (connect-lambda-contract.md §1) from the contact's state.
/// It carries contact attributes and system data; never <c>$.External</c>, flow attributes or stored input.</summary>
internal static class ContactFlowEventWriter
{
    public static string Write(CallContext context, IReadOnlyDictionary<string, string> parameters)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("Name", "ContactFlowEvent");
            w.WriteStartObject("Details");
            w.WriteStartObject("ContactData");
            w.WriteStartObject("Attributes");
            foreach (var (key, value) in context.Attributes) w.WriteString(key, value);
            w.WriteEndObject();
            w.WriteString("Channel", context.Channel);
            w.WriteString("ContactId", context.ContactId);
            w.WriteString("InitialContactId", context.ContactId);
            w.WriteString("PreviousContactId", context.ContactId);
            WriteEndpoint(w, "CustomerEndpoint", context.Request.CallerNumber);
            WriteEndpoint(w, "SystemEndpoint", context.Request.DialedNumber);
            w.WriteString("InitiationMethod", "INBOUND");
            w.WriteString("InstanceARN", context.Instance.InstanceArn);
            w.WriteString("LanguageCode", context.LanguageCode);
            w.WriteStartObject("MediaStreams");
            w.WriteEndObject();
            if (context.TargetQueue is { } queue)
            {
                w.WriteStartObject("Queue");
                w.WriteString("ARN", queue.Arn);
                w.WriteString("Name", queue.Name);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("Queue");
            }

            w.WriteEndObject();
            w.WriteStartObject("Parameters");
            foreach (var (key, value) in parameters) w.WriteString(key, value);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteEndpoint(Utf8JsonWriter w, string name, string address)
    {
        w.WriteStartObject(name);
        w.WriteString("Address", address);
        w.WriteString("Type", "TELEPHONE_NUMBER");
        w.WriteEndObject();
    }
}
