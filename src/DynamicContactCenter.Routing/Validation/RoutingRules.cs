using System.Text.RegularExpressions;

namespace DynamicContactCenter.Routing.Validation;

/// <summary>The value rules of routing data (DESIGN §3), each a pure check usable on its own (CLI prompts, custom resource input).</summary>
public static partial class RoutingRules
{
    /// <summary>Polly's limit on billed characters in one synthesis request; a longer prompt is cut or fails.</summary>
    public const int MaxPromptCharacters = 3000;

    /// <summary>Connect's limit on all characters of one text-to-speech prompt (SSML tags included): over it the Play prompt block
    /// takes its error branch (reference flow-language.md, TTS 3,000 billed / 6,000 total). The flow linter checks prompts in flows
    /// against the same two constants.</summary>
    public const int MaxPromptTotalCharacters = 6000;

    /// <summary>DynamoDB's limit on one item: attribute names and values in UTF-8 together, 400 KB.</summary>
    public const int MaxItemBytes = 400 * 1024;

    /// <summary>DynamoDB's limit on a partition key value in UTF-8.</summary>
    public const int MaxPartitionKeyBytes = 2048;

    /// <summary>Whether <paramref name="number"/> is E.164: <c>+</c>, a non-zero digit, then 7 to 14 more digits.</summary>
    public static bool IsE164(string? number) => number is not null && E164().IsMatch(number);

    /// <summary>Whether <paramref name="number"/> is a valid DialedNumbers key: E.164 or <c>default</c>.</summary>
    public static bool IsDialedNumberKey(string? number) => number == Model.DialedNumber.DefaultKey || IsE164(number);

    /// <summary>Whether <paramref name="value"/> is an Amazon Connect queue ARN in any partition.</summary>
    public static bool IsQueueArn(string? value) => value is not null && QueueArn().IsMatch(value);

    /// <summary>Whether <paramref name="value"/> is a Lambda function ARN (optionally with a version or alias) in any partition.</summary>
    public static bool IsFunctionArn(string? value) => value is not null && FunctionArn().IsMatch(value);

    /// <summary>Whether <paramref name="value"/> is a whole CloudFormation-style <c>${Name}</c> placeholder.</summary>
    public static bool IsPlaceholder(string? value) => Placeholders.PlaceholderGrammar.IsExactlyOne(value, out _);

    /// <summary>Whether <paramref name="code"/> looks like a BCP-47 code of the kind Polly uses (<c>en-US</c>, <c>arb</c>, <c>en-GB-WLS</c>).</summary>
    public static bool IsLanguageCode(string? code) => code is not null && LanguageCode().IsMatch(code);

    // E.164 allows at most 15 digits; 8 is the shortest number Connect can claim, and a leading 0 is never a country code.
    [GeneratedRegex(@"^\+[1-9][0-9]{7,14}\z", RegexOptions.CultureInvariant)]
    private static partial Regex E164();

    [GeneratedRegex(@"^arn:aws[a-z-]*:connect:[a-z0-9-]+:[0-9]{12}:instance/[A-Za-z0-9-]+/queue/[A-Za-z0-9-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex QueueArn();

    [GeneratedRegex(@"^arn:aws[a-z-]*:lambda:[a-z0-9-]+:[0-9]{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9_$-]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex FunctionArn();

    [GeneratedRegex(@"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*\z", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageCode();
}
