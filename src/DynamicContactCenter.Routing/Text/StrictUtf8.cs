using System.Text;

namespace DynamicContactCenter.Routing.Text;

/// <summary>
/// Decodes the bytes of a text file as strict UTF-8: the one rule every reader of our files (routing, scenario and instance YAML,
/// flow JSON) applies. A lenient decoder turns a stray Latin-1 byte into U+FFFD without a word, and that character is then applied
/// to the tables or spoken to callers; refusing the file and naming the byte is what the user can act on.
/// </summary>
public static class StrictUtf8
{
    private static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/> (a leading BOM is dropped, as <c>File.ReadAllText</c> does).</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="text">The text, or empty when a byte is not UTF-8.</param>
    /// <param name="badByte">Where the first invalid byte is: its offset in the file and its 1-based line; null when decoded.</param>
    /// <returns>Whether every byte was UTF-8.</returns>
    public static bool TryDecode(byte[] bytes, out string text, out (int Offset, int Line)? badByte)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            text = Encoding.GetString(bytes, start, bytes.Length - start);
            badByte = null;
            return true;
        }
        catch (DecoderFallbackException e)
        {
            var offset = start + Math.Max(0, e.Index);
            text = "";
            badByte = (offset, 1 + bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n'));
            return false;
        }
    }
}
