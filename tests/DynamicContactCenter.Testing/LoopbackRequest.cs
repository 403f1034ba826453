using System.Text;

namespace DynamicContactCenter.Testing;

/// <summary>One request as a <see cref="LoopbackHttpServer"/> received it.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The URL path, escaped as sent (no query).</param>
/// <param name="Query">The query string without its leading <c>?</c> (empty when none).</param>
/// <param name="Headers">Every header, names lower-case.</param>
/// <param name="Body">The body bytes.</param>
public sealed record LoopbackRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>The body as UTF-8 text.</summary>
    public string Text => Encoding.UTF8.GetString(Body);

    /// <summary>A header's value, or null when it was not sent.</summary>
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
}
