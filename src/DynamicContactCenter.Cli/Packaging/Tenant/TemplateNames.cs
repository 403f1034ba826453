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
        foreach (var c in name)
        {
            var letters = char.IsAsciiLetterOrDigit(c) ? c.ToString() : Unaccented(c);
            if (letters.Length > 0)
            {
                id.Append(upper ? char.ToUpperInvariant(letters[0]) : letters[0]).Append(letters.AsSpan(1));
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return id.Length == 0 || char.IsAsciiDigit(id[0]) ? fallback + id : id.ToString();
    }

    // The letters of Latin-1 and Latin Extended-A without their accents. A table, not Unicode decomposition: the CLI runs with
    // invariant globalization, where string.Normalize does not decompose (ç stays ç).
    private const string Accented = "ÀÁÂÃÄÅàáâãäåÇçĆćČčÈÉÊËèéêëĚěÌÍÎÏìíîïÑñŃńŇňÒÓÔÕÖØòóôõöøŘřŚśŠšÙÚÛÜùúûüŮůÝýÿŸŹźŻżŽž";
    private const string Plain = "AAAAAAaaaaaaCcCcCcEEEEeeeeEeIIIIiiiiNnNnNnOOOOOOooooooRrSsSsUUUUuuuuUuYyyYZzZzZz";

    private static string Unaccented(char c) => c switch
    {
        'Æ' => "AE",
        'æ' => "ae",
        'Œ' => "OE",
        'œ' => "oe",
        'ß' => "ss",
        _ when Accented.IndexOf(c, StringComparison.Ordinal) is >= 0 and var at => Plain[at].ToString(),
        _ => "",
    };

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
