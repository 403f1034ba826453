using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>Rule levels for the files a glob matches (<c>lint: paths: {"flows/legacy/**": {DCC5012: off}}</c> in dcc.yaml).</summary>
/// <param name="Pattern">The glob, relative to the project folder, with <c>/</c> separators: <c>**</c> any folders, <c>*</c> any
/// characters within one name, <c>?</c> one character.</param>
/// <param name="Rules">Rule id → level for the matching files.</param>
public sealed record LintPathSettings(string Pattern, ImmutableDictionary<string, LintLevel> Rules)
{
    private readonly Regex _regex = new(ToRegex(Pattern), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Whether <paramref name="relativePath"/> (relative to the project folder, <c>/</c> separators) matches the glob.</summary>
    /// <param name="relativePath">The file's path relative to the project folder.</param>
    public bool Matches(string relativePath) => _regex.IsMatch(relativePath);

    // A glob is small enough to translate by hand; no glob package is a dependency of Flows, and this is its one use.
    private static string ToRegex(string glob)
    {
        var pattern = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // "**/" matches zero or more folders; a trailing "**" matches everything below.
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                pattern.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                pattern.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        return pattern.Append('$').ToString();
    }
}
