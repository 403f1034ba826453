using System.Text.Json.Serialization;

namespace DynamicContactCenter.Local;

/// <summary>What the local Runtime API writes through the serializer, source-generated (no reflection): the reason of a 500 it
/// answers as a JSON string. Its other bodies are the function's own bytes, passed through.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class LocalJsonContext : JsonSerializerContext;
