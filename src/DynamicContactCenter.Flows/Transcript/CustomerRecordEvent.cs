using System.Collections.Immutable;
using System.Text.Json;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>A Customer Profiles or Cases action read or wrote a record of the call's local store: a profile read, created or updated, a
/// case created, found or updated.</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Action">The action.</param>
/// <param name="Record"><see cref="Profile"/> or <see cref="Case"/>: the event's type in JSON.</param>
/// <param name="Operation"><c>read</c>, <c>created</c>, <c>found</c> or <c>updated</c>.</param>
/// <param name="Id">The profile's or case's id.</param>
/// <param name="Fields">What was read into <c>$.Customer</c> / <c>$.Case</c>, or what was written (an empty value: the field was removed).</param>
public sealed record CustomerRecordEvent(string Flow, string? Action, string Record, string Operation, string Id, ImmutableSortedDictionary<string, string> Fields)
    : TranscriptEvent(Flow, Action)
{
    /// <summary>A Customer Profiles profile.</summary>
    public const string Profile = "profile";

    /// <summary>A case of Amazon Connect Cases.</summary>
    public const string Case = "case";

    /// <inheritdoc />
    public override string Type => Record;

    /// <summary>The fields as people read them: <c>FirstName="Ana", City="Lisbon"</c>.</summary>
    public string DescribeFields() => Describe(Fields);

    /// <summary><paramref name="fields"/> as people read them.</summary>
    public static string Describe(IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return fields.Count == 0 ? "(no fields)" : string.Join(", ", fields.Select(f => $"{f.Key}=\"{f.Value}\""));
    }

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("operation", Operation);
        writer.WriteString(Record + "Id", Id);
        writer.WriteStartObject("fields");
        foreach (var (key, value) in Fields) writer.WriteString(key, value);
        writer.WriteEndObject();
    }
}
