using System.Collections.Immutable;

namespace DynamicContactCenter.Local.Preview;

/// <summary>What a caller of one number hears before and after an apply: one line per prompt (<c>[Voice] text</c>), then how the call ends.</summary>
/// <param name="Number">The number called.</param>
/// <param name="Name">The line's name, for people.</param>
/// <param name="Before">What is heard over the live rows.</param>
/// <param name="After">What is heard over the file's rows.</param>
public sealed record ConfigNumberPreview(string Number, string Name, ImmutableArray<string> Before, ImmutableArray<string> After)
{
    /// <summary>Whether a caller hears anything different.</summary>
    public bool Changed => !Before.SequenceEqual(After);

    /// <summary>The lines as a diff: <c>' '</c> kept, <c>'-'</c> heard only today, <c>'+'</c> heard only after (longest common subsequence).</summary>
    public IEnumerable<(char Mark, string Line)> Diff()
    {
        var lengths = new int[Before.Length + 1, After.Length + 1];
        for (var i = Before.Length - 1; i >= 0; i--)
        {
            for (var j = After.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = Before[i] == After[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        int b = 0, a = 0;
        while (b < Before.Length || a < After.Length)
        {
            if (b < Before.Length && a < After.Length && Before[b] == After[a])
            {
                yield return (' ', Before[b++]);
                a++;
            }
            else if (b < Before.Length && (a == After.Length || lengths[b + 1, a] >= lengths[b, a + 1]))
            {
                // What goes away is shown before what replaces it, as in a unified diff.
                yield return ('-', Before[b++]);
            }
            else
            {
                yield return ('+', After[a++]);
            }
        }
    }
}
