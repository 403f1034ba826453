using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Routing.Validation;

/// <summary>Key paths into routing data, the same for a YAML file and the tables: <c>dialedNumbers["+1444"].queue</c>.</summary>
/// <remarks>User-chosen keys are quoted in brackets so a number, a space or a dot in a key cannot be misread.</remarks>
public static class KeyPath
{
    /// <summary>The top-level section that holds the Environments table.</summary>
    public const string Environments = "environments";

    /// <summary>The top-level section that holds the DialedNumbers table.</summary>
    public const string DialedNumbers = "dialedNumbers";

    /// <summary>The top-level section that holds the Prompts table.</summary>
    public const string Languages = "languages";

    /// <summary>The organisation name setting.</summary>
    public const string Organisation = "organisation";

    /// <summary>The default language setting.</summary>
    public const string DefaultLanguage = "defaultLanguage";

    /// <summary>The section under a language that holds its prompts.</summary>
    public const string Prompts = "prompts";

    /// <summary><paramref name="parent"/> followed by a user-chosen <paramref name="key"/>: <c>parent["key"]</c>.</summary>
    /// <remarks>The key is shown escaped (<see cref="DisplayText"/>): a key with a trailing newline or an ESC must be visible in
    /// the path that names it, and the YAML line lookup uses the same paths, so both sides agree.</remarks>
    public static string Entry(string parent, string key) => $"{parent}[\"{DisplayText.Escape(key)}\"]";

    /// <summary><paramref name="parent"/> followed by a fixed field name: <c>parent.field</c>.</summary>
    public static string Field(string parent, string field) => string.IsNullOrEmpty(parent) ? field : $"{parent}.{field}";

    /// <summary>The path of a dialed number row, or one of its fields.</summary>
    public static string DialedNumber(string number, string? field = null) =>
        field is null ? Entry(DialedNumbers, number) : Field(Entry(DialedNumbers, number), field);

    /// <summary>The path of a language row, or one of its fields.</summary>
    public static string Language(string language, string? field = null) =>
        field is null ? Entry(Languages, language) : Field(Entry(Languages, language), field);

    /// <summary>The path of one prompt of a language.</summary>
    public static string Prompt(string language, string prompt) => Field(Language(language, Prompts), prompt);

    /// <summary>The path of an environment row, or one of its functions.</summary>
    public static string Environment(string environment, string? function = null) =>
        function is null ? Entry(Environments, environment) : Field(Entry(Environments, environment), function);
}
