namespace DynamicContactCenter.Routing.Diagnostics;

#pragma warning disable CS1591 // The entries are the catalogue: each code and format says what it reports.

/// <summary>
/// The routing-data message catalogue: one stable code and one format per finding. Tests assert the codes,
/// never copied text. Codes DCC1001–DCC1099 belong to routing data rules; storage (YAML shape, files) uses DCC12xx.
/// </summary>
public static class RoutingMessages
{
    public static readonly DiagnosticDescriptor InvalidNumber = new("DCC1001", "\"{0}\" is not an E.164 number (expected + followed by 8 to 15 digits, e.g. +14443330000, or \"default\")");

    public static readonly DiagnosticDescriptor InvalidQueueArn = new("DCC1002", "\"{0}\" is not an Amazon Connect queue ARN (expected arn:aws:connect:<region>:<12-digit account>:instance/<instance id>/queue/<queue id>)");

    public static readonly DiagnosticDescriptor UnknownLanguage = new("DCC1003", "language \"{0}\" is not defined under languages (expected one of: {1})");

    public static readonly DiagnosticDescriptor MissingPrompt = new("DCC1004", "language \"{0}\" has no {1} (expected all seven prompts the flows play: {2})");

    public static readonly DiagnosticDescriptor EmptyPrompt = new("DCC1005", "{1} of language \"{0}\" is empty (expected the text the caller hears)");

    public static readonly DiagnosticDescriptor UnknownVoice = new("DCC1006", "\"{0}\" is not an Amazon Polly voice (expected a voice for {1}, e.g. {2})");

    public static readonly DiagnosticDescriptor VoiceLanguageMismatch = new("DCC1007", "voice \"{0}\" speaks {1}, not {2} (expected a voice for {2}, e.g. {3})");

    public static readonly DiagnosticDescriptor InvalidLanguageCode = new("DCC1008", "\"{0}\" is not a language code (expected a BCP-47 code such as en-US, es-US or fr-CA)");

    public static readonly DiagnosticDescriptor UnknownDefaultLanguage = new("DCC1009", "default language \"{0}\" is not defined under languages (expected one of: {1})");

    public static readonly DiagnosticDescriptor MissingFunction = new("DCC1010", "environment \"{0}\" has no {1} (expected a Lambda function ARN or a ${{Placeholder}})");

    public static readonly DiagnosticDescriptor InvalidFunctionArn = new("DCC1011", "\"{0}\" is not a Lambda function ARN (expected arn:aws:lambda:<region>:<12-digit account>:function:<name>, or a ${{Placeholder}} resolved at deploy time)");

    public static readonly DiagnosticDescriptor PromptTooLong = new("DCC1012", "{1} of language \"{0}\" is {2} characters; Amazon Polly speaks at most 3000 characters in one request (expected a shorter prompt)");

    public static readonly DiagnosticDescriptor EmptyValue = new("DCC1013", "{0} is empty (expected {1})");

    public static readonly DiagnosticDescriptor UnusedPrompt = new("DCC1014", "{1} of language \"{0}\" is not a prompt the flows play (expected one of: {2}); is it a misspelling?");

    public static readonly DiagnosticDescriptor DuplicateKey = new("DCC1015", "\"{0}\" appears more than once in {1} (expected each key once)");

    public static readonly DiagnosticDescriptor NoLanguages = new("DCC1016", "no languages are defined (expected at least one language with a voice and all seven prompts)");

    // Issue #10 items 3 and 5: limits that DynamoDB and Connect enforce only at write or call time, and text that is unsafe to store.

    public static readonly DiagnosticDescriptor ControlCharacter = new("DCC1020", "{0} holds the control character {1} at character {2} (expected printable text on one line: a control character is never spoken, and on a terminal it can hide or rewrite what dcc config plan shows)");

    public static readonly DiagnosticDescriptor KeyTooLong = new("DCC1021", "the {0} key is {1} bytes in UTF-8; DynamoDB allows at most {2} bytes in a partition key (expected a shorter key)");

    public static readonly DiagnosticDescriptor ItemTooLarge = new("DCC1022", "the {0} row is {1} bytes; DynamoDB stores at most {2} bytes (400 KB) per item, counting attribute names and values in UTF-8 (largest attribute: {3}, {4} bytes; expected a smaller row)");

    public static readonly DiagnosticDescriptor PromptOverTtsLimit = new("DCC1023", "{1} of language \"{0}\" is {2} characters; Amazon Connect fails a text-to-speech prompt over {3} characters, so every call would take the error branch (expected at most {4} billed characters)");

    public static readonly DiagnosticDescriptor ResponseTooLarge = new("DCC1024", "the {0} response for this row alone is {1} bytes; Connect accepts a Lambda response of less than {2} bytes, so every call would fail (expected shorter values)");
}
