using System.Globalization;
using System.Text;

namespace DynamicContactCenter.Routing.Diagnostics;

/// <summary>
/// The one way any text reaches a terminal, a CI log or a report: control characters shown as visible escapes. Values from
/// files and from live DynamoDB tables can hold CR, ESC or BEL; printed raw they can rewrite what a reviewer sees
/// (<c>\r\e[2K</c> in a prompt makes <c>dcc config plan</c> show another value than the one applied) or ring the terminal.
/// </summary>
/// <remarks>
/// Every Unicode control character (C0, DEL, C1) is escaped: <c>\r</c>, <c>\n</c>, <c>\t</c>, <c>\0</c> by their usual names, all
/// others as <c>\uXXXX</c>. A backslash is left as it is, on purpose: escaping it would double every Windows path in an error,
/// and the escaping stays idempotent (text that went through it once holds no control character), so a renderer may apply it
/// to a message a diagnostic has already escaped. The price: a literal <c>\r</c> typed in a value looks like an escaped CR,
/// but it can never hide a real control character, which is what a reviewer needs.
/// </remarks>
public static class DisplayText
{
    /// <summary><paramref name="text"/> with every control character written as a visible escape; null becomes "".</summary>
    /// <param name="text">The text to show.</param>
    /// <param name="keepLineFeeds">Whether a line feed stays a line break: for a stream of many lines (the error stream), not
    /// for one value on one line (a plan diff line, a transcript row).</param>
    public static string Escape(string? text, bool keepLineFeeds = false)
    {
        if (string.IsNullOrEmpty(text) || IndexOfControl(text) < 0)
        {
            return text ?? "";
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\n' when keepLineFeeds => builder.Append(c),
                '\r' => builder.Append("\\r"),
                '\n' => builder.Append("\\n"),
                '\t' => builder.Append("\\t"),
                '\0' => builder.Append("\\0"),
                _ when char.IsControl(c) => builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>The index of the first control character (C0, DEL or C1) in <paramref name="text"/>, or -1.</summary>
    public static int IndexOfControl(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
