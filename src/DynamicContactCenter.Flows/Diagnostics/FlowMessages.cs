using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Diagnostics;

#pragma warning disable CS1591 // The entries are the catalogue: each code and format says what it reports.

/// <summary>The message catalogue: one format string per diagnostic. Each says what is wrong and what was expected.</summary>
public static class FlowMessages
{
    /// <summary>The text is not JSON.</summary>
    public static readonly DiagnosticDescriptor InvalidJson = new("DCC3001", "the file is not valid JSON: {0}");
    /// <summary>Actions is an empty array: there is nothing to start at.</summary>
    public static readonly DiagnosticDescriptor NoActions = new("DCC1067", "Actions is empty; expected at least the action StartAction names.");
    /// <summary>An object has the same key twice (Connect's import would keep one silently).</summary>
    public static readonly DiagnosticDescriptor DuplicateKey = new("DCC1068", "the key \"{0}\" appears twice in the same object at {1}; expected each key once (Connect would keep one of them silently).");
    /// <summary>A string or key is not valid Unicode text (a lone surrogate escape such as \ud800).</summary>
    public static readonly DiagnosticDescriptor InvalidText = new("DCC1069", "the {0} at {1} is not valid Unicode text (a lone surrogate escape such as \\ud800); expected text that can be spoken and stored.");
    /// <summary>The JSON is not a flow-language document (nor a known wrapper of one).</summary>
    public static readonly DiagnosticDescriptor NotAFlow = new("DCC3002", "the document is not a flow ({0}); expected an object with Version, StartAction and Actions (or a DescribeContactFlow / {{Name, Type, Content}} wrapper around one).");
    /// <summary>Version is not 2019-10-30.</summary>
    public static readonly DiagnosticDescriptor UnsupportedVersion = new("DCC3003", "Version is '{0}'; expected '2019-10-30'.");
    /// <summary>StartAction is missing.</summary>
    public static readonly DiagnosticDescriptor MissingStartAction = new("DCC3004", "StartAction is missing; expected the Identifier of the first action.");
    /// <summary>StartAction names no action.</summary>
    public static readonly DiagnosticDescriptor UnknownStartAction = new("DCC3005", "StartAction '{0}' is not an action in this flow.");
    /// <summary>A required field is missing.</summary>
    public static readonly DiagnosticDescriptor MissingField = new("DCC3006", "{0} is missing; expected {1}.");
    /// <summary>A field has the wrong JSON type.</summary>
    public static readonly DiagnosticDescriptor WrongFieldType = new("DCC3007", "{0} is {1}; expected {2}.");
    /// <summary>Two actions share an Identifier.</summary>
    public static readonly DiagnosticDescriptor DuplicateIdentifier = new("DCC3008", "Identifier '{0}' is used by more than one action; identifiers must be unique within a flow.");
    /// <summary>A transition names an action that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownTransitionTarget = new("DCC3009", "{0} transitions to '{1}', which is not an action in this flow.");
    /// <summary>A condition uses an operator the language does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownOperator = new("DCC3010", "Operator '{0}' is not a flow-language operator; expected one of Equals, TextStartsWith, TextEndsWith, TextContains, NumberGreaterThan, NumberGreaterOrEqualTo, NumberLessThan, NumberLessOrEqualTo.");
    /// <summary>A condition nests conditions, which no documented operator takes.</summary>
    public static readonly DiagnosticDescriptor NestedCondition = new("DCC3016", "a condition operand is itself a condition; no flow-language operator takes nested conditions.");
    /// <summary>More actions than Connect allows (warning).</summary>
    public static readonly DiagnosticDescriptor TooManyActions = new("DCC3011", "the flow has {0} actions; Connect allows at most 250.");
    /// <summary>Content longer than Connect allows (warning).</summary>
    public static readonly DiagnosticDescriptor ContentTooLong = new("DCC3012", "the flow content is {0} characters; Connect allows at most 256,000.");
    /// <summary>An action type the simulator does not execute (warning at parse time; an error if a call reaches it).</summary>
    public static readonly DiagnosticDescriptor UnknownActionType = new("DCC3014", "Type '{0}' is not an action type the simulator runs; a call that reaches this action runs it as a stub (takes its next or error branch), and --strict stops there.");
    /// <summary>A flow file cannot be read.</summary>
    public static readonly DiagnosticDescriptor FileUnreadable = new("DCC3015", "cannot read the file: {0}");
    /// <summary>The file has a byte that is not UTF-8 (it would be read as U+FFFD and spoken or deployed).</summary>
    public static readonly DiagnosticDescriptor NotUtf8 = new("DCC1070", "byte {0} (line {1}) is not valid UTF-8; expected a UTF-8 flow file (Connect exports UTF-8; the byte would be read as U+FFFD).");

    /// <summary>instance.yaml is not valid YAML or cannot be read.</summary>
    public static readonly DiagnosticDescriptor InstanceYamlInvalid = new("DCC3201", "instance model is not valid YAML: {0}");
    /// <summary>A required key of instance.yaml is missing.</summary>
    public static readonly DiagnosticDescriptor InstanceMissingKey = new("DCC3202", "{0} is missing; expected {1}.");
    /// <summary>A value of instance.yaml is not valid.</summary>
    public static readonly DiagnosticDescriptor InstanceInvalidValue = new("DCC3203", "'{0}' is not valid here; expected {1}.");
    /// <summary>A time zone is not an IANA zone.</summary>
    public static readonly DiagnosticDescriptor InstanceUnknownTimeZone = new("DCC3204", "'{0}' is not an IANA time zone (e.g. America/New_York).");
    /// <summary>A name in instance.yaml refers to something not defined there.</summary>
    public static readonly DiagnosticDescriptor InstanceUnknownReference = new("DCC3205", "'{0}' is not defined under {1}.");
    /// <summary>A name or ARN is defined twice in instance.yaml.</summary>
    public static readonly DiagnosticDescriptor InstanceDuplicate = new("DCC3206", "'{0}' is defined more than once.");

    /// <summary>A call reached an action type the simulator does not execute.</summary>
    public static readonly DiagnosticDescriptor UnsupportedActionType = new("DCC3301", "unsupported action type {0} at flow {1}, action {2}");
    /// <summary>An action ended on a branch the flow does not wire.</summary>
    public static readonly DiagnosticDescriptor MissingBranch = new("DCC3302", "the action ended with {0} and the flow wires no branch for it (no {1} entry in Transitions).");
    /// <summary>The call ran past the step limit.</summary>
    public static readonly DiagnosticDescriptor StepLimitExceeded = new("DCC3303", "the call ran {0} actions without ending; stopped at the step limit in the loop {1}.");
    /// <summary>A transfer, module or start names a flow the catalog does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownFlow = new("DCC3304", "'{0}' is not a flow of the instance model (by name, ARN, id or file).");
    /// <summary>A <c>${Name}</c> placeholder has no value.</summary>
    public static readonly DiagnosticDescriptor UnresolvedPlaceholder = new("DCC3305", "placeholder ${{{0}}} has no value: add it under placeholders: in the instance model, or define a flow or function named {0} (or {0} without its Arn suffix).");
    /// <summary>A voice name is not a known Polly voice.</summary>
    public static readonly DiagnosticDescriptor UnknownVoice = new("DCC3306", "'{0}' is not an Amazon Polly voice; expected a voice such as Joanna, Lupe or Chantal.");
    /// <summary>A queue reference matches no queue.</summary>
    public static readonly DiagnosticDescriptor UnknownQueue = new("DCC3307", "'{0}' is not a queue of the instance model; expected a queue ARN or id (a queue name is accepted only as a static value).");
    /// <summary>A parameter has a value the action cannot use.</summary>
    public static readonly DiagnosticDescriptor InvalidParameter = new("DCC3308", "'{0}' is not valid; expected {1}.");
    /// <summary>A required parameter is missing.</summary>
    public static readonly DiagnosticDescriptor MissingParameter = new("DCC3309", "the parameter is missing; expected {0}.");
    /// <summary>A reference resolved to no value (warning).</summary>
    public static readonly DiagnosticDescriptor UnresolvedReference = new("DCC3310", "{0} has no value; it reads as {1}.");
    /// <summary>A Lambda call failed, timed out or answered with a response Connect would reject.</summary>
    public static readonly DiagnosticDescriptor LambdaFailed = new("DCC3311", "Lambda {0} failed: {1}");
    /// <summary>A Lambda function is not in the instance model.</summary>
    public static readonly DiagnosticDescriptor UnknownFunction = new("DCC3313", "'{0}' is not a function of the instance model (by name or ARN).");
    /// <summary>An hours-of-operation reference matches nothing.</summary>
    public static readonly DiagnosticDescriptor UnknownHours = new("DCC3314", "'{0}' is not hours of operation of the instance model.");
    /// <summary>An action needs a working queue and none is set.</summary>
    public static readonly DiagnosticDescriptor NoTargetQueue = new("DCC3315", "no working queue is set; set one with UpdateContactTargetQueue before this action.");
    /// <summary>Too many flow transfers or module levels for one contact.</summary>
    public static readonly DiagnosticDescriptor TransferLimitExceeded = new("DCC3318", "the contact went through {0} flow transfers or module levels; stopped at the limit of {1}.");
    /// <summary>A bug in the interpreter: reported as a value so that a call never throws.</summary>
    public static readonly DiagnosticDescriptor InternalError = new("DCC3320", "internal error while running {0}: {1}");
    /// <summary>User-defined attributes would exceed 32,768 UTF-8 bytes.</summary>
    public static readonly DiagnosticDescriptor AttributesTooLarge = new("DCC3322", "contact attributes would take {0} UTF-8 bytes; Connect allows at most 32,768.");
    /// <summary>The call was cancelled.</summary>
    public static readonly DiagnosticDescriptor Cancelled = new("DCC3324", "the call was cancelled.");

    /// <summary>The call request itself is not usable (its input digits, or no start flow): the field, its value and what it takes.</summary>
    public static readonly DiagnosticDescriptor InvalidCallRequest = new("DCC3323", "the call's {0} '{1}' is not usable; expected {2}.");
}
