using System.Text;
using System.Text.Json;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>Builds the <c>ContactFlowEvent</c> JSON Connect sends to Lambda (connect-lambda-contract.md §1) from a contact snapshot: the
/// one writer of that event, used by a call's InvokeLambdaFunction, the lint walk (through the same executor) and <c>dcc invoke</c>.
/// It carries contact attributes and system data; never <c>$.External</c>, flow attributes or stored input.</summary>
public static class ContactFlowEventWriter
{
    /// <summary>The event for <paramref name="contact"/> with <paramref name="parameters"/> as <c>Details.Parameters</c>.</summary>
    /// <param name="contact">The contact's data.</param>
    /// <param name="parameters">The block's resolved LambdaInvocationAttributes.</param>
    public static string Write(ContactSnapshot contact, IReadOnlyDictionary<string, string> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("Name", "ContactFlowEvent");
            w.WriteStartObject("Details");
            w.WriteStartObject("ContactData");
            w.WriteStartObject("Attributes");
            foreach (var (key, value) in contact.Attributes) w.WriteString(key, value);
            w.WriteEndObject();
            w.WriteString("Channel", contact.Channel);
            w.WriteString("ContactId", contact.ContactId);
            w.WriteString("InitialContactId", contact.ContactId);
            w.WriteString("PreviousContactId", contact.ContactId);
            WriteEndpoint(w, "CustomerEndpoint", contact.CallerNumber);
            WriteEndpoint(w, "SystemEndpoint", contact.DialedNumber);
            w.WriteString("InitiationMethod", "INBOUND");
            w.WriteString("InstanceARN", contact.InstanceArn);
            w.WriteString("LanguageCode", contact.LanguageCode);
            w.WriteStartObject("MediaStreams");
            w.WriteEndObject();
            if (contact.QueueArn is { } queueArn)
            {
                w.WriteStartObject("Queue");
                w.WriteString("ARN", queueArn);
                w.WriteString("Name", contact.QueueName);
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
