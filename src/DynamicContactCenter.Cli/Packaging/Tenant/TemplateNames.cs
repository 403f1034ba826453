using System.Globalization;
using System.Text;

namespace DynamicContactCenter.Cli.Packaging.Tenant;

/// <summary>CloudFormation logical ids and parameter names made from tenant names (languages, queues, hours), and YAML scalars
/// holding tenant text. Names are data (any language, accents welcome); ids must be ASCII letters and digits.</summary>
internal static class TemplateNames
{
    /// <summary>PascalCase ASCII letters and digits of <paramref name="name"/>: accents dropped (Français → Francais), words
    /// joined (Business Hours → BusinessHours); <paramref name="fallback"/> when nothing is left (a name in another script).</summary>
    public static string Id(string name, string fallback)
    {
        ArgumentNullException.ThrowIfNull(name);
        var id = new StringBuilder();
        var upper = true;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                id.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return id.Length == 0 || char.IsAsciiDigit(id[0]) ? fallback + id : id.ToString();
    }

    /// <summary>A YAML double-quoted scalar holding <paramref name="text"/> exactly (accents kept as they are).</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                _ when char.IsControl(c) => quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }
}
