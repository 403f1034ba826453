using System.Collections.Immutable;
using System.Text;

namespace DynamicContactCenter.Flows.Expressions;

/// <summary>A flow-data reference such as <c>$.Attributes.x</c>, <c>$.Attributes.['name with spaces']</c>,
/// <c>$['Attributes']['Language']</c> or <c>$.External.a.b</c>, as a list of segments.</summary>
/// <param name="Segments">The segments after <c>$</c>; the first is the namespace (Attributes, External, ...).</param>
/// <param name="Text">The reference as written.</param>
public sealed record AttributePath(ImmutableArray<string> Segments, string Text)
{
    /// <summary>The namespace (first segment).</summary>
    public string Root => Segments[0];

    /// <summary>Parses a value that is exactly one reference (the "single JSONPath" form), ignoring surrounding white space.</summary>
    public static AttributePath? ParseWhole(string? text)
    {
        if (text is null) return null;
        var trimmed = text.Trim();
        return TryParseAt(trimmed, 0, out var path, out var length) && length == trimmed.Length ? path : null;
    }

    /// <summary>Tries to read a reference starting at <paramref name="start"/> (which must be a <c>$</c>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Index of the <c>$</c>.</param>
    /// <param name="path">The reference read.</param>
    /// <param name="length">How many characters it spans.</param>
    public static bool TryParseAt(string text, int start, out AttributePath path, out int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        path = null!;
        length = 0;
        if (start >= text.Length || text[start] != '$') return false;
        var segments = ImmutableArray.CreateBuilder<string>();
        var i = start + 1;
        while (i < text.Length)
        {
            if (text[i] == '.' && i + 1 < text.Length && IsNameChar(text[i + 1]))
            {
                var end = i + 1;
                while (end < text.Length && IsNameChar(text[end])) end++;
                segments.Add(text[(i + 1)..end]);
                i = end;
            }
            else if (text[i] == '.' && i + 1 < text.Length && text[i + 1] == '[' && TryReadBracket(text, i + 1, out var name, out var next))
            {
                segments.Add(name);
                i = next;
            }
            else if (text[i] == '[' && TryReadBracket(text, i, out var bracketName, out var afterBracket))
            {
                segments.Add(bracketName);
                i = afterBracket;
            }
            else
            {
                break;
            }
        }

        if (segments.Count == 0) return false;
        length = i - start;
        path = new AttributePath(segments.ToImmutable(), text.Substring(start, length));
        return true;
    }

    /// <summary>Every reference inside <paramref name="text"/>, left to right (what an interpolation of it reads).</summary>
    public static IEnumerable<AttributePath> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = text.IndexOf('$', StringComparison.Ordinal); i >= 0 && i < text.Length; i = text.IndexOf('$', i + 1))
        {
            if (TryParseAt(text, i, out var path, out var length))
            {
                yield return path;
                i += length - 1;
            }
        }
    }

    private static bool TryReadBracket(string text, int open, out string name, out int next)
    {
        name = "";
        next = open;
        if (open + 1 >= text.Length) return false;
        var quote = text[open + 1];
        if (quote is '\'' or '"')
        {
            var close = text.IndexOf(quote, open + 2);
            if (close < 0 || close + 1 >= text.Length || text[close + 1] != ']') return false;
            name = text[(open + 2)..close];
            next = close + 2;
            return name.Length > 0;
        }

        var end = open + 1;
        var digits = new StringBuilder();
        while (end < text.Length && char.IsAsciiDigit(text[end])) digits.Append(text[end++]);
        if (digits.Length == 0 || end >= text.Length || text[end] != ']') return false;
        name = digits.ToString();
        next = end + 1;
        return true;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    /// <inheritdoc />
    public override string ToString() => Text;
}
