using System.Text;

namespace DynamicContactCenter.Testing;

/// <summary>Hostile YAML inputs every reader must refuse cleanly (issue #10 item 12), written once for all test projects.</summary>
public static class HostileYaml
{
    /// <summary>
    /// The alias bomb through a complex key: <paramref name="depth"/> nested anchored lists, each of nine aliases to the one
    /// before, then <c>? *aN : 1</c>. At depth 9 it is the 488-byte file of the issue (31 s before the guard); at 24, forever.
    /// </summary>
    public static string AliasBomb(int depth)
    {
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (var level = 1; level <= depth; level++)
        {
            var previous = $"*a{level - 1}";
            yaml.Append($"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat(previous, 9))}]\n");
        }

        return yaml.Append($"? *a{depth}\n: 1\n").ToString();
    }

    /// <summary>A UTF-8 routing-like file with one byte that is not UTF-8 (0xFF) on line <c>3</c>.</summary>
    public static byte[] WithInvalidUtf8(string yamlLine1And2, string line3Prefix) =>
        [.. Encoding.UTF8.GetBytes(yamlLine1And2 + line3Prefix), 0xFF, .. "\n"u8];
}
