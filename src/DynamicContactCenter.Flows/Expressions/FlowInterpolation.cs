using System.Text;

namespace DynamicContactCenter.Flows.Expressions;

/// <summary>The one reading of <c>$.</c> references in parameter values, over any <see cref="IFlowValues"/>: free text with references
/// inside ("static or dynamic" values) and values that are exactly one reference ("single JSONPath").</summary>
internal static class FlowInterpolation
{
    /// <summary>Replaces every reference in <paramref name="text"/> with its value. An unresolved reference reads as
    /// <paramref name="unresolvedText"/> and is passed to <paramref name="unresolved"/> (with <paramref name="state"/>, so callers
    /// report it without allocating a closure per call).</summary>
    public static string Interpolate<TState>(string text, IFlowValues values, string unresolvedText, Action<AttributePath, TState>? unresolved, TState state)
    {
        if (!text.Contains('$', StringComparison.Ordinal)) return text;
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '$' && AttributePath.TryParseAt(text, i, out var path, out var length))
            {
                var value = values.Resolve(path);
                if (value is null) unresolved?.Invoke(path, state);
                result.Append(value ?? unresolvedText);
                i += length;
            }
            else
            {
                result.Append(text[i++]);
            }
        }

        return result.ToString();
    }

    /// <summary>A "static or single JSONPath" value: the referenced value (null when it has none) or the literal text.</summary>
    /// <param name="text">The parameter value.</param>
    /// <param name="values">The contact's flow data.</param>
    /// <param name="path">The reference when <paramref name="text"/> is one, else null.</param>
    public static string? ResolveWhole(string text, IFlowValues values, out AttributePath? path)
    {
        path = AttributePath.ParseWhole(text);
        return path is null ? text : values.Resolve(path);
    }
}
