using System.Collections.Immutable;
using System.Text.Json;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>A Cases action created, found or updated a case of the call's local store.</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Action">The action.</param>
/// <param name="Operation"><c>created</c>, <c>found</c> or <c>updated</c>.</param>
/// <param name="CaseId">The case's id.</param>
/// <param name="Fields">What was written, or what was read into <c>$.Case</c> (an empty value: the field was cleared).</param>
public sealed record CaseEvent(string Flow, string? Action, string Operation, string CaseId, ImmutableSortedDictionary<string, string> Fields)
    : TranscriptEvent(Flow, Action)
{
    /// <inheritdoc />
    public override string Type => "case";

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("operation", Operation);
        writer.WriteString("caseId", CaseId);
        RecordFields.Write(writer, Fields);
    }
}
