using System.Text.Encodings.Web;
using System.Text.Json;

namespace DynamicContactCenter.Cli.Commands;

/// <summary>How <c>dcc</c> prints JSON for people: indented, with accents and other non-ASCII text left readable.</summary>
internal static class IndentedJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
