namespace DynamicContactCenter.Routing.Model;

/// <summary>
/// The attributes each routing row is stored as (DESIGN §3, names kept from the original sample): the key first, then every
/// other attribute, all strings. The one owner of a row's stored shape: the DynamoDB mapper writes these pairs, and validation
/// measures them against DynamoDB's item limits before anything is written.
/// </summary>
public static class RoutingItems
{
    /// <summary>The Environments table's partition key.</summary>
    public const string EnvironmentKey = "environment";

    /// <summary>The DialedNumbers table's partition key.</summary>
    public const string DialedNumberKey = "dialedNumber";

    /// <summary>The Prompts table's partition key (also the DialedNumbers attribute naming a Prompts row).</summary>
    public const string LanguageKey = "language";

    /// <summary>DialedNumbers: the line's name.</summary>
    public const string Name = "name";

    /// <summary>DialedNumbers: the queue ARN.</summary>
    public const string Queue = "queue";

    /// <summary>DialedNumbers: the language (a Prompts key).</summary>
    public const string Language = "language";

    /// <summary>Prompts: the Polly voice.</summary>
    public const string Voice = "voice";

    /// <summary>Prompts: the language code.</summary>
    public const string LanguageCode = "languageCode";

    /// <summary>An Environments row: key, then one attribute per function.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Of(EnvironmentEntry row)
    {
        ArgumentNullException.ThrowIfNull(row);
        yield return new(EnvironmentKey, row.Environment);
        foreach (var function in row.Functions)
        {
            yield return function;
        }
    }

    /// <summary>A DialedNumbers row: key, name, queue, language.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Of(DialedNumber row)
    {
        ArgumentNullException.ThrowIfNull(row);
        yield return new(DialedNumberKey, row.Number);
        yield return new(Name, row.Name);
        yield return new(Queue, row.Queue);
        yield return new(Language, row.Language);
    }

    /// <summary>A Prompts row: key, voice, language code, then one attribute per prompt.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Of(PromptSet row)
    {
        ArgumentNullException.ThrowIfNull(row);
        yield return new(LanguageKey, row.Language);
        yield return new(Voice, row.Voice);
        yield return new(LanguageCode, row.LanguageCode);
        foreach (var prompt in row.Prompts)
        {
            yield return prompt;
        }
    }
}
