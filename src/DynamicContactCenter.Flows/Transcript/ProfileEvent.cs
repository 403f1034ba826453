using System.Collections.Immutable;
using System.Text.Json;

namespace DynamicContactCenter.Flows.Transcript;

/// <summary>A Customer Profiles action read, created or updated a profile of the call's local store.</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Action">The action.</param>
/// <param name="Operation"><c>read</c>, <c>created</c> or <c>updated</c>.</param>
/// <param name="ProfileId">The profile's id.</param>
/// <param name="Fields">What was read into <c>$.Customer</c>, or what was written (an empty value: the field was removed).</param>
public sealed record ProfileEvent(string Flow, string? Action, string Operation, string ProfileId, ImmutableSortedDictionary<string, string> Fields)
    : TranscriptEvent(Flow, Action)
{
    /// <inheritdoc />
    public override string Type => "profile";

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("operation", Operation);
        writer.WriteString("profileId", ProfileId);
        RecordFields.Write(writer, Fields);
    }
}
