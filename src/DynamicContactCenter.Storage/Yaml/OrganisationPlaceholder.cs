namespace DynamicContactCenter.Storage.Yaml;

/// <summary>The <c>{organisation}</c> placeholder in prompt texts: substituted on load, restored on export.</summary>
public static class OrganisationPlaceholder
{
    /// <summary>The placeholder as written in routing.yaml.</summary>
    public const string Token = "{organisation}";

    /// <summary><paramref name="text"/> with every placeholder replaced by <paramref name="organisation"/>.</summary>
    public static string Substitute(string text, string organisation) =>
        text.Replace(Token, organisation, StringComparison.Ordinal);

    /// <summary><paramref name="text"/> with every occurrence of <paramref name="organisation"/> turned back into the placeholder.</summary>
    /// <remarks>Lossless: substituting again gives <paramref name="text"/> back exactly, whatever words the name shares with the prompt.</remarks>
    public static string Restore(string text, string organisation) =>
        string.IsNullOrEmpty(organisation) ? text : text.Replace(organisation, Token, StringComparison.Ordinal);
}
