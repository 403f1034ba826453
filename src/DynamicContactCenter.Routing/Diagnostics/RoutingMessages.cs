namespace DynamicContactCenter.Routing.Diagnostics;

/// <summary>
/// The routing-data message catalogue: one stable code and one format per finding. Tests assert the codes,
/// never copied text. Codes DCC1001–DCC1099 belong to routing data rules; storage (YAML shape, files) uses DCC12xx.
/// </summary>
internal static class RoutingMessages
{
    public const string InvalidNumberCode = "DCC1001";
    public const string InvalidNumber = "\"{0}\" is not an E.164 number (expected + followed by 8 to 15 digits, e.g. +14443330000, or \"default\")";

    public const string InvalidQueueArnCode = "DCC1002";
    public const string InvalidQueueArn = "\"{0}\" is not an Amazon Connect queue ARN (expected arn:aws:connect:<region>:<12-digit account>:instance/<instance id>/queue/<queue id>)";

    public const string UnknownLanguageCode = "DCC1003";
    public const string UnknownLanguage = "language \"{0}\" is not defined under languages (expected one of: {1})";

    public const string MissingPromptCode = "DCC1004";
    public const string MissingPrompt = "language \"{0}\" has no {1} (expected all seven prompts the flows play: {2})";

    public const string EmptyPromptCode = "DCC1005";
    public const string EmptyPrompt = "{1} of language \"{0}\" is empty (expected the text the caller hears)";

    public const string UnknownVoiceCode = "DCC1006";
    public const string UnknownVoice = "\"{0}\" is not an Amazon Polly voice (expected a voice for {1}, e.g. {2})";

    public const string VoiceLanguageMismatchCode = "DCC1007";
    public const string VoiceLanguageMismatch = "voice \"{0}\" speaks {1}, not {2} (expected a voice for {2}, e.g. {3})";

    public const string InvalidLanguageCodeCode = "DCC1008";
    public const string InvalidLanguageCode = "\"{0}\" is not a language code (expected a BCP-47 code such as en-US, es-US or fr-CA)";

    public const string UnknownDefaultLanguageCode = "DCC1009";
    public const string UnknownDefaultLanguage = "default language \"{0}\" is not defined under languages (expected one of: {1})";

    public const string MissingFunctionCode = "DCC1010";
    public const string MissingFunction = "environment \"{0}\" has no {1} (expected a Lambda function ARN or a ${{Placeholder}})";

    public const string InvalidFunctionArnCode = "DCC1011";
    public const string InvalidFunctionArn = "\"{0}\" is not a Lambda function ARN (expected arn:aws:lambda:<region>:<12-digit account>:function:<name>, or a ${{Placeholder}} resolved at deploy time)";

    public const string PromptTooLongCode = "DCC1012";
    public const string PromptTooLong = "{1} of language \"{0}\" is {2} characters; Amazon Polly speaks at most 3000 characters in one request (expected a shorter prompt)";

    public const string EmptyValueCode = "DCC1013";
    public const string EmptyValue = "{0} is empty (expected {1})";

    public const string UnusedPromptCode = "DCC1014";
    public const string UnusedPrompt = "{1} of language \"{0}\" is not a prompt the flows play (expected one of: {2}); is it a misspelling?";

    public const string DuplicateKeyCode = "DCC1015";
    public const string DuplicateKey = "\"{0}\" appears more than once in {1} (expected each key once)";

    public const string NoLanguagesCode = "DCC1016";
    public const string NoLanguages = "no languages are defined (expected at least one language with a voice and all seven prompts)";
}
