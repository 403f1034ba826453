using System.Collections.Immutable;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>The <c>dcc lint</c> rule catalogue. Ranges: DCC50xx flow structure and parameters, DCC51xx routing data, DCC52xx flows
/// checked against the routing data. Ids are stable: never reuse one.</summary>
public static class LintRules
{
    private const Severity E = Severity.Error;
    private const Severity W = Severity.Warning;

    /// <summary>The file is not JSON, not a flow document, or a field has the wrong shape.</summary>
    public static LintRule FlowShape { get; } = new("DCC5001", "flow-shape", E,
        "The file is a flow-language document: JSON with Version, StartAction and Actions, each action with Identifier, Type, Parameters, Transitions.",
        "Export the flow again from Connect, or fix the field named in the message to the shape it expects.");

    /// <summary>Version is not 2019-10-30.</summary>
    public static LintRule Version { get; } = new("DCC5002", "version", E,
        "Version is \"2019-10-30\", the only flow-language version.", "Set \"Version\": \"2019-10-30\".");

    /// <summary>StartAction missing or naming no action.</summary>
    public static LintRule StartAction { get; } = new("DCC5003", "start-action", E,
        "StartAction names an action of the flow.", "Set StartAction to the Identifier of the first action.");

    /// <summary>Two actions share an Identifier.</summary>
    public static LintRule UniqueIdentifier { get; } = new("DCC5004", "unique-identifier", E,
        "Every action Identifier is unique within its flow.", "Rename one of the actions and update the transitions that point to it.");

    /// <summary>An Identifier uses a forbidden character, a reserved name or more than 50 characters.</summary>
    public static LintRule IdentifierCharacters { get; } = new("DCC5005", "identifier-characters", E,
        "Identifiers have at most 50 characters, none of % : ( \\ / ) = $ , ; [ ] { }, and are not reserved names such as __proto__ or constructor.",
        "Rename the action to a plain phrase or a UUID without the forbidden characters.");

    /// <summary>A transition names no action.</summary>
    public static LintRule DanglingTransition { get; } = new("DCC5006", "dangling-transition", E,
        "Every NextAction (success, condition or error) names an action of the flow.", "Point the transition at an existing action, or add the missing action.");

    /// <summary>An action no path from StartAction reaches.</summary>
    public static LintRule UnreachableAction { get; } = new("DCC5007", "unreachable-action", W,
        "Every action is reachable from StartAction.", "Wire a transition to the action, or delete it.");

    /// <summary>An action that can fail has no error branch for it.</summary>
    public static LintRule MissingErrorBranch { get; } = new("DCC5008", "missing-error-branch", E,
        "Actions that can fail wire the error branches they can take (NoMatchingError, QueueAtCapacity, InputTimeLimitExceeded, ...).",
        "Add an Errors entry for the error type named in the message, pointing at the block that should handle it (in an inbound flow usually an error prompt and a disconnect).");

    /// <summary>An action type the simulator does not know.</summary>
    public static LintRule UnknownActionType { get; } = new("DCC5009", "unknown-action-type", W,
        "Every action type is one the simulator runs (unknown types parse, but a call that reaches one stops).",
        "Check the Type's spelling; if it is a newer Connect block, expect dcc call to stop there.");

    /// <summary>A parameter is missing or has the wrong shape.</summary>
    public static LintRule ParameterShape { get; } = new("DCC5010", "parameter-shape", E,
        "Each action has the parameters its type requires, in the shape the flow language documents.",
        "Add or fix the parameter named in the message (reference/flow-language.md §7 lists each type's parameters).");

    /// <summary>A static parameter value is out of its documented range.</summary>
    public static LintRule ParameterRange { get; } = new("DCC5011", "parameter-range", E,
        "Static numeric parameters are within their documented range (InvocationTimeLimitSeconds 1-8, LoopCount 0-100, ...).",
        "Change the value to one inside the range named in the message.");

    /// <summary>More than 250 actions, or content over 256,000 characters.</summary>
    public static LintRule FlowSize { get; } = new("DCC5012", "flow-size", E,
        "A flow has at most 250 actions and its content at most 256,000 characters.", "Split the flow into flows or modules joined by TransferToFlow / InvokeFlowModule.");

    /// <summary>A condition the action type does not allow.</summary>
    public static LintRule ConditionsAllowed { get; } = new("DCC5013", "conditions-allowed", E,
        "Conditions are used only on actions with a result, with the operators and operands that action allows.",
        "Use the conditions the message lists, or move the test into a Compare (Check contact attributes) action.");

    /// <summary>An action not allowed in the flow's type.</summary>
    public static LintRule FlowTypeAllowed { get; } = new("DCC5014", "flow-type-allowed", E,
        "Each action is allowed in the flow's type (CONTACT_FLOW, CUSTOMER_QUEUE, AGENT_WHISPER, ...).",
        "Move the action to a flow of a type that allows it; if the flow is of another type, declare it (flows: in instance.yaml, the export's wrapper Type, or dcc lint --type TYPE).");

    /// <summary>A literal ARN where a ${Name} placeholder belongs.</summary>
    public static LintRule LiteralArn { get; } = new("DCC5015", "literal-arn", W,
        "Environment-specific ARNs (Lambda functions, flows, queues, hours) are ${Name} placeholders, so one flow deploys to every environment.",
        "Replace the ARN with a ${Name} placeholder named after that resource (a parameter or resource of the template) and give it a value under placeholders: in instance.yaml; keep the ARN only in a flow meant for one account.");

    /// <summary>A prompt over the text-to-speech length limits.</summary>
    public static LintRule PromptLength { get; } = new("DCC5016", "prompt-length", E,
        "Prompt text is at most 6,000 characters (Connect fails the block) and should stay under 3,000 billed characters.",
        "Shorten the prompt or split it into several MessageParticipant blocks.");

    /// <summary>A flow reference (transfer, module) that resolves to no flow.</summary>
    public static LintRule UnknownFlowReference { get; } = new("DCC5017", "unknown-flow-reference", E,
        "TransferToFlow and InvokeFlowModule targets resolve to a flow of the instance model.",
        "Add the flow under flows: in instance.yaml, or fix the placeholder or ARN.");

    /// <summary>Actions from which no path reaches an end: every call that gets there loops until the step limit.</summary>
    public static LintRule NoExit { get; } = new("DCC5018", "no-exit", E,
        "From every reachable action some path reaches an end (a disconnect, a transfer, a queue, the end of the flow).",
        "Give one action of the loop a branch out of it, e.g. an error or condition branch to a disconnect.");

    /// <summary>A <c>${Name}</c> placeholder the instance model gives no value: every call that reaches the action stops there.</summary>
    public static LintRule UnknownPlaceholder { get; } = new("DCC5019", "unknown-placeholder", E,
        "Every ${Name} placeholder in a flow has a value: an entry under placeholders: in instance.yaml, or XArn for a flow or function X of the instance model.",
        "Fix the placeholder's spelling to one of the known names listed, or add it under placeholders: in instance.yaml (and as a parameter or resource of the template).");

    /// <summary>A dialed number is not E.164.</summary>
    public static LintRule RoutingNumber { get; } = new("DCC5101", "routing-e164", E,
        "Dialed numbers are E.164 (+ and up to 15 digits) or 'default'.", "Write the number as +<country><number>, e.g. +14443330000.");

    /// <summary>A queue value is not a queue ARN.</summary>
    public static LintRule RoutingQueueArn { get; } = new("DCC5102", "routing-queue-arn", E,
        "Every number's queue is an Amazon Connect queue ARN.", "Copy the queue ARN from the Connect console (arn:aws:connect:REGION:ACCOUNT:instance/ID/queue/ID).");

    /// <summary>A language referenced by a number or as default does not exist.</summary>
    public static LintRule RoutingLanguageExists { get; } = new("DCC5103", "routing-language-exists", E,
        "Every language a number or defaultLanguage names has a row under languages.", "Add the language under languages:, or fix the number's language.");

    /// <summary>A voice is not a Polly voice.</summary>
    public static LintRule RoutingVoiceExists { get; } = new("DCC5104", "routing-voice-exists", E,
        "Every language's voice is an Amazon Polly voice.", "Use a Polly voice name such as Joanna, Lupe or Chantal.");

    /// <summary>A voice does not speak its language.</summary>
    public static LintRule RoutingVoiceLanguage { get; } = new("DCC5105", "routing-voice-language", E,
        "Every language's voice speaks its languageCode.", "Pick a voice for that language code, or fix the language code.");

    /// <summary>A language code is not a valid BCP-47 code Connect speaks.</summary>
    public static LintRule RoutingLanguageCode { get; } = new("DCC5106", "routing-language-code", E,
        "Every languageCode is a valid code such as en-US.", "Write the code as language-REGION, e.g. es-US.");

    /// <summary>A prompt is missing, empty, unused or too long.</summary>
    public static LintRule RoutingPrompts { get; } = new("DCC5107", "routing-prompts", E,
        "Every language has all seven prompts, none empty or over 3,000 characters.", "Add or fix the prompt named in the message.");

    /// <summary>Any other routing-data finding (file shape, environments, duplicates).</summary>
    public static LintRule RoutingData { get; } = new("DCC5108", "routing-data", E,
        "routing.yaml has the documented shape and every environment names its functions by ARN.", "Fix the key named in the message (see config/routing.yaml for the format).");

    /// <summary>A flow reads an attribute no earlier action produced for some number or language.</summary>
    public static LintRule AttributeProduced { get; } = new("DCC5201", "attribute-produced", E,
        "Every $.External.X and $.Attributes.X a flow reads is produced, before the read, for every number and language that reaches it.",
        "Return the key from the Lambda function (or its routing data), set the attribute earlier, or read a key that exists.");

    /// <summary>A read of an External key after a Lambda call that replaced $.External without it.</summary>
    public static LintRule ExternalOverwritten { get; } = new("DCC5202", "external-overwritten", E,
        "$.External is replaced by every Lambda call: a key read after a call must be in that call's response, even if an earlier call returned it.",
        "Copy the key into a contact attribute ($.Attributes.X) before the later Lambda call, or make the later function return it (session attributes).");

    /// <summary>Data text that would break SSML where a flow puts it inside SSML.</summary>
    public static LintRule SsmlUnsafeText { get; } = new("DCC5203", "ssml-unsafe-text", E,
        "Text a flow interpolates into SSML has no bare & or <, which make the SSML invalid (the block takes its error branch).",
        "Write & as 'and' (or &amp;) and avoid < in the routing data, or play the prompt as Text instead of SSML.");

    /// <summary>A folded Lambda response at or over 32 KB.</summary>
    public static LintRule ResponseSize { get; } = new("DCC5204", "lambda-response-size", E,
        "Every folded Lambda response (all session attributes) stays under Connect's 32 KB, for the largest language.",
        "Shorten the prompts of the language named in the message, or stop carrying unneeded keys in session attributes.");

    /// <summary>A Lambda call fails for some number or language of the routing data.</summary>
    public static LintRule LambdaFailsForData { get; } = new("DCC5205", "lambda-fails-for-data", E,
        "Every Lambda call a flow makes succeeds for every number and language of the routing data.",
        "Fix the routing data (or function) so that the call named in the message succeeds; the caller would hear the error path.");

    /// <summary>A flow file without designer positions, or with blocks drawn over each other.</summary>
    public static LintRule DesignerPositions { get; } = new("DCC5026", "designer-positions", W,
        "Every flow file carries designer positions (Metadata.entryPointPosition, Metadata.ActionMetadata[id].position) for its entry point and every action, no two blocks overlapping, so the Connect designer opens it laid out.",
        "Run dcc layout FLOW.json to write a layered layout in place (only Metadata and the transitions' shape change), or move the blocks apart in the designer and export again.");

    /// <summary>A transition not in the shape Connect gives back on export (Errors and Conditions arrays on every non-terminal action).</summary>
    public static LintRule CanonicalShape { get; } = new("DCC5027", "canonical-shape", W,
        "Every action that goes on carries its NextAction, Errors and Conditions (empty arrays where there are none) in the order Connect's export writes them, and a terminal action has Transitions {}, so the file compares byte for byte with what the instance gives back.",
        "Run dcc layout FLOW.json: it writes the canonical transitions (and designer positions) in place and changes nothing else.");

    /// <summary>A flow whose type nothing declared and whose actions fit several types (or none): lint names the type it assumed.</summary>
    public static LintRule FlowTypeAssumed { get; } = new("DCC5028", "flow-type-assumed", W,
        "A flow's type is declared (instance.yaml flows:, a DescribeContactFlow / {Name, Type, Content} / CloudFormation wrapper, the export's Metadata.type, or dcc lint --type) or follows from its actions.",
        "Declare the type: list the flow with its type under flows: in instance.yaml, keep the export's wrapper, or run dcc lint --type TYPE FILE.");

    /// <summary>More overrides in one hours of operation than Amazon Connect keeps.</summary>
    public static LintRule HoursOverrideCount { get; } = new("DCC5020", "hours-override-count", E,
        "Each hours of operation of the instance model has at most 50 overrides (HoursOfOperationOverrides maxItems), so it deploys as simulated.",
        "Remove past overrides from config/instance.yaml (they no longer change any call), or split the calendar over more hours of operation.");

    /// <summary>An override name Amazon Connect refuses.</summary>
    public static LintRule HoursOverrideName { get; } = new("DCC5021", "hours-override-name", E,
        "Each override's name is 1 to 127 characters without control characters (OverrideName); an override without a name is deployed named by its date.",
        "Shorten the override's name in config/instance.yaml, or remove the control character (a tab or line break) from it.");

    /// <summary>Two overrides of one hours of operation on the same date.</summary>
    public static LintRule HoursOverrideOverlap { get; } = new("DCC5022", "hours-override-overlap", E,
        "An hours of operation has at most one override per date: Amazon Connect refuses overlapping overrides, and the simulator would take the first one only.",
        "Merge the two overrides of that date into one in config/instance.yaml (closed, or the hours of the day).");

    /// <summary>Time ranges of one day that overlap.</summary>
    public static LintRule HoursTimeRange { get; } = new("DCC5023", "hours-time-range", E,
        "The time ranges of one day (weekly or an override) do not overlap, as Amazon Connect's time slices must not.",
        "Merge the overlapping ranges in config/instance.yaml into one, e.g. 08:00-12:00 and 11:00-20:00 into 08:00-20:00.");

    /// <summary>A dialed number whose queue or hours the instance model lacks: every call to it ends in the error path.</summary>
    public static LintRule UnplayableNumber { get; } = new("DCC5029", "unplayable-number", E,
        "Every dialed number's queue is a queue of the instance model with hours of operation it has, so a call to it can reach the queue (as dcc call and dcc test --matrix play it).",
        "Add the queue (its ARN and hours) under queues: in instance.yaml, or point the number at a modelled queue in the routing data.");

    /// <summary>Every rule, in id order.</summary>
    public static ImmutableArray<LintRule> All { get; } =
    [
        FlowShape, Version, StartAction, UniqueIdentifier, IdentifierCharacters, DanglingTransition, UnreachableAction, MissingErrorBranch,
        UnknownActionType, ParameterShape, ParameterRange, FlowSize, ConditionsAllowed, FlowTypeAllowed, LiteralArn, PromptLength,
        UnknownFlowReference, NoExit, UnknownPlaceholder, DesignerPositions, CanonicalShape, FlowTypeAssumed, RoutingNumber, RoutingQueueArn, RoutingLanguageExists, RoutingVoiceExists, RoutingVoiceLanguage, RoutingLanguageCode,
        RoutingPrompts, RoutingData, AttributeProduced, ExternalOverwritten, SsmlUnsafeText, ResponseSize, LambdaFailsForData,
        HoursOverrideCount, HoursOverrideName, HoursOverrideOverlap, HoursTimeRange,
        UnplayableNumber,
    ];

    /// <summary>The rule with <paramref name="id"/>, or null.</summary>
    public static LintRule? Find(string id) => All.FirstOrDefault(r => r.Id == id);
}
