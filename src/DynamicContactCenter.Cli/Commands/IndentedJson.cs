using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DynamicContactCenter.Cli.Commands;

/// <summary>How <c>dcc</c> prints JSON for people: indented, with accents and other non-ASCII text left readable.</summary>
internal static class IndentedJson
{
    /// <summary>The source-generated serializer with those settings (no reflection: the types it can write are listed on
    /// <see cref="CliJsonContext"/>).</summary>
    public static CliJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The same settings, for writers that take options (a <c>JsonNode</c>'s text).</summary>
    public static JsonSerializerOptions Options => Context.Options;
}
