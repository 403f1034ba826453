namespace DynamicContactCenter.Flows.Diagnostics;

/// <summary>The message catalogue: one format string per diagnostic. Each says what is wrong and what was expected.</summary>
internal static class FlowMessages
{
    public const string InvalidJson = "the file is not valid JSON: {0}";
    public const string NoActions = "Actions is empty; expected at least the action StartAction names.";
    public const string DuplicateKey = "the key \"{0}\" appears twice in the same object at {1}; expected each key once (Connect would keep one of them silently).";
    public const string InvalidText = "the {0} at {1} is not valid Unicode text (a lone surrogate escape such as \\ud800); expected text that can be spoken and stored.";
    public const string NotAFlow = "the document is not a flow: expected an object with Version, StartAction and Actions (or a DescribeContactFlow / {{Name, Type, Content}} wrapper around one).";
    public const string WrapperContentInvalid = "Content is {0}; expected the flow JSON as a string or an object.";
    public const string UnsupportedVersion = "Version is '{0}'; expected '2019-10-30'.";
    public const string MissingStartAction = "StartAction is missing; expected the Identifier of the first action.";
    public const string UnknownStartAction = "StartAction '{0}' is not an action in this flow.";
    public const string MissingField = "{0} is missing; expected {1}.";
    public const string WrongFieldType = "{0} is {1}; expected {2}.";
    public const string DuplicateIdentifier = "Identifier '{0}' is used by more than one action; identifiers must be unique within a flow.";
    public const string UnknownTransitionTarget = "{0} transitions to '{1}', which is not an action in this flow.";
    public const string UnknownOperator = "Operator '{0}' is not a flow-language operator; expected one of Equals, TextStartsWith, TextEndsWith, TextContains, NumberGreaterThan, NumberGreaterOrEqualTo, NumberLessThan, NumberLessOrEqualTo.";
    public const string NestedCondition = "a condition operand is itself a condition; no flow-language operator takes nested conditions.";
    public const string TooManyActions = "the flow has {0} actions; Connect allows at most 250.";
    public const string ContentTooLong = "the flow content is {0} characters; Connect allows at most 256,000.";
    public const string UnknownActionType = "Type '{0}' is not an action type the simulator runs; a call that reaches this action stops.";
    public const string FileUnreadable = "cannot read the file: {0}";
    public const string NotUtf8 = "byte {0} (line {1}) is not valid UTF-8; expected a UTF-8 flow file (Connect exports UTF-8; the byte would be read as U+FFFD).";

    public const string InstanceYamlInvalid = "instance model is not valid YAML: {0}";
    public const string InstanceMissingKey = "{0} is missing; expected {1}.";
    public const string InstanceInvalidValue = "'{0}' is not valid here; expected {1}.";
    public const string InstanceUnknownTimeZone = "'{0}' is not an IANA time zone (e.g. America/New_York).";
    public const string InstanceUnknownReference = "'{0}' is not defined under {1}.";
    public const string InstanceDuplicate = "'{0}' is defined more than once.";

    public const string UnsupportedActionType = "unsupported action type {0} at flow {1}, action {2}";
    public const string MissingBranch = "the action ended with {0} and the flow wires no branch for it (no {1} entry in Transitions).";
    public const string StepLimitExceeded = "the call ran {0} actions without ending; stopped at the step limit (does the flow loop?).";
    public const string UnknownFlow = "'{0}' is not a flow of the instance model (by name, ARN, id or file).";
    public const string UnresolvedPlaceholder = "placeholder ${{{0}}} has no value: add it under placeholders: in the instance model, or define a flow or function named {0} (or {0} without its Arn suffix).";
    public const string UnknownVoice = "'{0}' is not an Amazon Polly voice; expected a voice such as Joanna, Lupe or Chantal.";
    public const string UnknownQueue = "'{0}' is not a queue of the instance model; expected a queue ARN or id (a queue name is accepted only as a static value).";
    public const string InvalidParameter = "'{0}' is not valid; expected {1}.";
    public const string MissingParameter = "the parameter is missing; expected {0}.";
    public const string UnresolvedReference = "{0} has no value; it reads as {1}.";
    public const string LambdaFailed = "Lambda {0} failed: {1}";
    public const string UnknownFunction = "'{0}' is not a function of the instance model (by name or ARN).";
    public const string UnknownHours = "'{0}' is not hours of operation of the instance model.";
    public const string NoTargetQueue = "no working queue is set; set one with UpdateContactTargetQueue before this action.";
    public const string TransferLimitExceeded = "the contact went through {0} flow transfers or module levels; stopped at the limit of {1}.";
    public const string InternalError = "internal error while running {0}: {1}";
    public const string AttributesTooLarge = "contact attributes would take {0} UTF-8 bytes; Connect allows at most 32,768.";
    public const string InvalidDigits = "input digits '{0}' may contain only 0-9, * and #.";
    public const string Cancelled = "the call was cancelled.";

    /// <summary>Formats a catalogue entry with invariant culture.</summary>
    public static string Format(string format, params object?[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);
}
