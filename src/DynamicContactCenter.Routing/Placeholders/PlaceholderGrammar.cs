using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace DynamicContactCenter.Routing.Placeholders;

/// <summary>
/// The one definition of what a <c>${Name}</c> placeholder is (DESIGN.md §5), used by packaging (Fn::Sub), the flow binder,
/// the linter and routing validation alike, so none of them can see a placeholder the others miss.
/// </summary>
/// <remarks>
/// Our names are CloudFormation Fn::Sub variable names: letters, digits, <c>_</c>, <c>.</c> and <c>:</c>
/// (<c>${Environment}</c>, <c>${GetLambdasArn}</c>, <c>${Queue.Arn}</c>, <c>${AWS::Region}</c>). Anything else between
/// <c>${</c> and its closing brace, and any <c>{{...}}</c>, is recognised as another tool's placeholder
/// (<see cref="PlaceholderKind.ForeignDollar"/>, <see cref="PlaceholderKind.ForeignMustache"/>) and never resolved: the
/// text stays as written. Braces nest (<c>${a{b}}</c> is one foreign token, so a name inside it is not ours either), and an
/// unclosed <c>${</c> is plain text. A hand-written scanner rather than a regex: linear on any input, no timeout to handle.
/// </remarks>
public static class PlaceholderGrammar
{
    /// <summary>Whether <paramref name="name"/> is one of our placeholder names (non-empty; letters, digits, <c>_ . :</c>).</summary>
    public static bool IsName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or ':'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every placeholder token of <paramref name="text"/>, ours and foreign, in order.</summary>
    public static IEnumerable<PlaceholderToken> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Scan(text);
    }

    /// <summary>The names of our placeholders in <paramref name="text"/>, in order of first use, without duplicates.</summary>
    public static ImmutableArray<string> Names(string text) =>
        [.. Tokens(text).Where(t => t.Kind == PlaceholderKind.Ours).Select(t => t.Name).Distinct(StringComparer.Ordinal)];

    /// <summary>Whether the whole of <paramref name="text"/> is exactly one of our placeholders; its name in <paramref name="name"/>.</summary>
    public static bool IsExactlyOne(string? text, [NotNullWhen(true)] out string? name)
    {
        name = null;
        if (text is null || !text.StartsWith("${", StringComparison.Ordinal))
        {
            return false;
        }

        using var tokens = Scan(text).GetEnumerator();
        if (tokens.MoveNext() && tokens.Current is { Index: 0, Kind: PlaceholderKind.Ours } token && token.Length == text.Length)
        {
            name = token.Name;
            return true;
        }

        return false;
    }

    /// <summary><paramref name="text"/> with each of our placeholders replaced by <paramref name="valueOf"/>(name); a placeholder
    /// it answers null for, and every foreign one, stays as written.</summary>
    public static string Replace(string text, Func<string, string?> valueOf)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(valueOf);
        StringBuilder? result = null;
        var last = 0;
        foreach (var token in Scan(text))
        {
            if (token.Kind != PlaceholderKind.Ours || valueOf(token.Name) is not { } value)
            {
                continue;
            }

            result ??= new StringBuilder(text.Length);
            result.Append(text, last, token.Index - last).Append(value);
            last = token.Index + token.Length;
        }

        return result is null ? text : result.Append(text, last, text.Length - last).ToString();
    }

    private static IEnumerable<PlaceholderToken> Scan(string text)
    {
        int[]? closing = null;
        var i = 0;
        while (i < text.Length - 1)
        {
            var dollar = text[i] == '$' && text[i + 1] == '{';
            var mustache = !dollar && text[i] == '{' && text[i + 1] == '{';
            if (!dollar && !mustache)
            {
                i++;
                continue;
            }

            closing ??= ClosingBraces(text);
            var close = closing[i + 1];
            if (mustache && close >= 0)
            {
                // {{x}}: the inner brace closes right before the outer one.
                close = close + 1 < text.Length && text[close + 1] == '}' ? close + 1 : -1;
            }

            if (close < 0)
            {
                i++;
                continue;
            }

            var name = dollar ? text[(i + 2)..close] : text[(i + 2)..(close - 1)].Trim();
            var kind = !dollar ? PlaceholderKind.ForeignMustache : IsName(name) ? PlaceholderKind.Ours : PlaceholderKind.ForeignDollar;
            yield return new PlaceholderToken(i, close + 1 - i, name, kind);
            i = close + 1;
        }
    }

    /// <summary>For each <c>{</c> of <paramref name="text"/>, the index of the brace closing it (braces nest), else -1. One pass
    /// with a stack, so a text of many unclosed <c>${</c> stays linear.</summary>
    private static int[] ClosingBraces(string text)
    {
        var closing = new int[text.Length];
        Array.Fill(closing, -1);
        var open = new Stack<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{')
            {
                open.Push(i);
            }
            else if (text[i] == '}' && open.Count > 0)
            {
                closing[open.Pop()] = i;
            }
        }

        return closing;
    }
}
