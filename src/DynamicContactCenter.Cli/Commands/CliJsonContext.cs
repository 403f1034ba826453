using System.Text.Json;
using System.Text.Json.Serialization;

namespace DynamicContactCenter.Cli.Commands;

/// <summary>What <c>dcc</c> writes through <see cref="JsonSerializer"/>: the response <c>dcc invoke</c> prints. The other documents it
/// writes (a call's transcript, lint findings, the error document) are written field by field with <c>Utf8JsonWriter</c>
/// (CallResultJsonWriter, LintJsonWriter, ErrorJsonWriter) and need no serializer.</summary>
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
