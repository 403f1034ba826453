using System.Collections.Immutable;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Testing;

/// <summary>Valid routing data in code, shaped like the sample tenant in config/routing.yaml, for tests to start from and break one thing.</summary>
public static class SampleRoutingData
{
    /// <summary>The sample tenant's organisation name.</summary>
    public const string Organisation = "Alpha to Zulu Corp";

    /// <summary>The sample English number.</summary>
    public const string EnglishNumber = "+14443330000";

    /// <summary>The sample Spanish number.</summary>
    public const string SpanishNumber = "+14443331111";

    /// <summary>The sample French number.</summary>
    public const string FrenchNumber = "+14443332222";

    /// <summary>A queue ARN in the sample instance; <paramref name="index"/> picks the queue id.</summary>
    public static string QueueArn(int index) =>
        $"arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-0000-0000-0000-00000000000{index}";

    /// <summary>A Lambda ARN for the named function in an environment.</summary>
    public static string FunctionArn(string environment, string function) =>
        $"arn:aws:lambda:us-east-1:123456789012:function:dcc-{environment}-{function}";

    /// <summary>The sample tenant: two environments, three numbers plus <c>default</c>, English, Spanish and French.</summary>
    public static RoutingData Tenant() => new(
        Organisation,
        "English",
        [Environment("prod"), Environment("dev")],
        [
            new DialedNumber(EnglishNumber, "English line", QueueArn(1), "English"),
            new DialedNumber(SpanishNumber, "Spanish line", QueueArn(2), "Spanish"),
            new DialedNumber(FrenchNumber, "French line", QueueArn(3), "French"),
            new DialedNumber(DialedNumber.DefaultKey, "Main line", QueueArn(1), "English"),
        ],
        [Language("English", "Joanna", "en-US"), Language("Spanish", "Lupe", "es-US"), Language("French", "Chantal", "fr-CA")]);

    /// <summary>An environment row with both required functions.</summary>
    public static EnvironmentEntry Environment(string name) => new(
        name,
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [
            KeyValuePair.Create(EnvironmentEntry.GetDynamicAttributes, FunctionArn(name, "GetDynAttributes")),
            KeyValuePair.Create(EnvironmentEntry.GetPrompts, FunctionArn(name, "GetPrompts")),
        ]));

    /// <summary>A language row with all seven prompts, each naming the language and prompt so tests can tell them apart.</summary>
    public static PromptSet Language(string language, string voice, string languageCode) => new(
        language,
        voice,
        languageCode,
        ImmutableSortedDictionary.CreateRange(
            StringComparer.Ordinal,
            PromptNames.All.Select(p => KeyValuePair.Create(p, $"{language} {p} for {Organisation}."))));

    /// <summary>A copy of <paramref name="set"/> with one prompt replaced (or removed when <paramref name="text"/> is null).</summary>
    public static PromptSet WithPrompt(this PromptSet set, string prompt, string? text) =>
        set with { Prompts = text is null ? set.Prompts.Remove(prompt) : set.Prompts.SetItem(prompt, text) };
}
