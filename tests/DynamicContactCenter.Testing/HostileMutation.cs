using System.Text;

namespace DynamicContactCenter.Testing;

/// <summary>
/// The mutations the standing fuzz tests (issue #10 "Done when") apply to shipped files and events: what an attacker or an
/// unlucky editor does to a file. Plain functions of integers, so each test project's FsCheck generators drive them and a
/// failing case shrinks to small numbers.
/// </summary>
public static class HostileMutation
{
    /// <summary>Characters that broke readers before: controls, replacement char, YAML indicators, JSON escapes of lone surrogates.</summary>
    private static readonly string[] Fragments =
    [
        "\0", "\r", "\u001b[2K", "\u0007", "\u0085", "\uFFFD", "\\ud800", "\\udfff\\ud800", "\t", "\n", "\"", "\\", "{", "}", "[", "]",
        ":", "? ", "&a ", "*a", "*zz", "!!binary ", "%YAML 1.2\n", "---\n", "...\n", "- ", "#", "null", "~", "1e999", "-0", "${Nope}",
        "$.Attributes.", "'", "\u202E", "\uD800",
    ];

    /// <summary>The number of mutation kinds <see cref="Apply"/> knows.</summary>
    public const int Kinds = 8;

    /// <summary>Applies mutation <paramref name="kind"/> (mod <see cref="Kinds"/>) to <paramref name="seed"/> at <paramref name="position"/> with <paramref name="size"/>.</summary>
    public static string Apply(string seed, int kind, int position, int size)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var at = seed.Length == 0 ? 0 : Math.Abs(position % (seed.Length + 1));
        var n = Math.Abs(size);
        return Math.Abs(kind % Kinds) switch
        {
            0 => seed.Insert(at, Fragments[n % Fragments.Length]),
            1 => seed.Remove(at, Math.Min(n % 64, seed.Length - at)),
            2 => seed.Insert(at, new string('[', 200 + (n % 5000)) + new string(']', 200 + (n % 5000))),
            3 => seed.Insert(at, new string('a', 10_000 + (n % 200_000))),
            4 => seed.Insert(at, HostileYaml.AliasBomb(1 + (n % 24))),
            5 => seed.Insert(at, seed.Substring(at, Math.Min(n % 256, seed.Length - at))),
            6 => seed.Insert(at, new string('{', 1 + (n % 3000))),
            _ => seed.Insert(at, ((char)(n % 0x20)).ToString()),
        };
    }

    /// <summary>UTF-8 bytes of <paramref name="text"/> with one byte at <paramref name="position"/> replaced by an invalid one.</summary>
    public static byte[] WithBadByte(string text, int position, int which)
    {
        byte[] bad = [0xFF, 0xC0, 0x80, 0xED, 0xF8];
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length == 0) return [bad[Math.Abs(which % bad.Length)]];
        bytes[Math.Abs(position % bytes.Length)] = bad[Math.Abs(which % bad.Length)];
        return bytes;
    }
}
