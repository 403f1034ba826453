using System.Text.RegularExpressions;

namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>One prompt the caller must hear: exact text, a pattern, or a prompt of the routing data (<c>prompt: introPrompt</c> +
/// <c>language: Spanish</c>); optionally with the voice and language code it is spoken in.</summary>
/// <param name="Text">The exact text, or null.</param>
/// <param name="Pattern">A regular expression the text must match, or null.</param>
/// <param name="PromptName">A prompt name of the routing data (<c>introPrompt</c>, ...), or null.</param>
/// <param name="Language">The routing language <paramref name="PromptName"/> is read from.</param>
public sealed record PromptExpectation(string? Text, Regex? Pattern, string? PromptName, string? Language)
{
    /// <summary>The voice it must be spoken with, or null for any.</summary>
    public string? Voice { get; init; }

    /// <summary>The language code it must be spoken in, or null for any.</summary>
    public string? LanguageCode { get; init; }

    /// <summary>An exact-text expectation.</summary>
    public static PromptExpectation Exact(string text) => new(text, null, null, null);

    /// <summary>The expectation for people: the quoted text, <c>/pattern/</c> or <c>Spanish introPrompt</c>.</summary>
    public override string ToString()
    {
        var what = Text is not null ? $"\"{Text}\"" : Pattern is not null ? $"/{Pattern}/" : $"{Language} {PromptName}";
        var how = (Voice, LanguageCode) switch
        {
            (null, null) => "",
            ({ } v, null) => $" [{v}]",
            (null, { } l) => $" [{l}]",
            ({ } v, { } l) => $" [{v}, {l}]",
        };
        return what + how;
    }
}
