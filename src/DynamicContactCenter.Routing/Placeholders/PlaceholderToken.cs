namespace DynamicContactCenter.Routing.Placeholders;

/// <summary>One placeholder found in a text by <see cref="PlaceholderGrammar"/>.</summary>
/// <param name="Index">Where the token starts in the text (its <c>$</c> or first <c>{</c>).</param>
/// <param name="Length">The token's length, delimiters included.</param>
/// <param name="Name">What is between the delimiters (for <see cref="PlaceholderKind.Ours"/>, the name to resolve).</param>
/// <param name="Kind">Ours, or another tool's.</param>
public readonly record struct PlaceholderToken(int Index, int Length, string Name, PlaceholderKind Kind)
{
    /// <summary>Whether this is a placeholder of another tool, which nothing here resolves.</summary>
    public bool IsForeign => Kind != PlaceholderKind.Ours;
}
