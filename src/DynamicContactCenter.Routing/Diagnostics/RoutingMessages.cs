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

    // Issue #10 items 3 and 5: limits that DynamoDB and Connect enforce only at write or call time, and text that is unsafe to store.

    public const string ControlCharacterCode = "DCC1020";
    public const string ControlCharacter = "{0} holds the control character {1} at character {2} (expected printable text on one line: a control character is never spoken, and on a terminal it can hide or rewrite what dcc config plan shows)";

    public const string KeyTooLongCode = "DCC1021";
    public const string KeyTooLong = "the {0} key is {1} bytes in UTF-8; DynamoDB allows at most {2} bytes in a partition key (expected a shorter key)";

    public const string ItemTooLargeCode = "DCC1022";
    public const string ItemTooLarge = "the {0} row is {1} bytes; DynamoDB stores at most {2} bytes (400 KB) per item, counting attribute names and values in UTF-8 (largest attribute: {3}, {4} bytes; expected a smaller row)";

    public const string PromptOverTtsLimitCode = "DCC1023";
    public const string PromptOverTtsLimit = "{1} of language \"{0}\" is {2} characters; Amazon Connect fails a text-to-speech prompt over {3} characters, so every call would take the error branch (expected at most {4} billed characters)";

    public const string ResponseTooLargeCode = "DCC1024";
    public const string ResponseTooLarge = "the {0} response for this row alone is {1} bytes; Connect accepts a Lambda response of less than {2} bytes, so every call would fail (expected shorter values)";
}
