namespace DynamicContactCenter.Flows.Diagnostics;

/// <summary>The stable codes of every diagnostic the Flows project reports. Tools and tests match on these, never on message text.</summary>
/// <remarks>Ranges: 30xx flow parsing, 32xx instance model, 33xx a call (interpreter); 1067–1070 reading flow JSON (issue #10,
/// from the shared file-reading range DCC1060–DCC1098, beside SafeYaml's 1060–1066).</remarks>
public static class FlowDiagnosticCodes
{
    /// <summary>Actions is an empty array: there is nothing to start at.</summary>
    public const string NoActions = "DCC1067";
    /// <summary>An object has the same key twice (Connect's import would keep one silently).</summary>
    public const string DuplicateKey = "DCC1068";
    /// <summary>A string or key is not valid Unicode text (a lone surrogate escape such as \ud800).</summary>
    public const string InvalidText = "DCC1069";
    /// <summary>The file has a byte that is not UTF-8 (it would be read as U+FFFD and spoken or deployed).</summary>
    public const string NotUtf8 = "DCC1070";
    /// <summary>The text is not JSON.</summary>
    public const string InvalidJson = "DCC3001";
    /// <summary>The JSON is not a flow-language document (nor a known wrapper of one).</summary>
    public const string NotAFlow = "DCC3002";
    /// <summary>Version is not 2019-10-30.</summary>
    public const string UnsupportedVersion = "DCC3003";
    /// <summary>StartAction is missing.</summary>
    public const string MissingStartAction = "DCC3004";
    /// <summary>StartAction names no action.</summary>
    public const string UnknownStartAction = "DCC3005";
    /// <summary>A required field is missing.</summary>
    public const string MissingField = "DCC3006";
    /// <summary>A field has the wrong JSON type.</summary>
    public const string WrongFieldType = "DCC3007";
    /// <summary>Two actions share an Identifier.</summary>
    public const string DuplicateIdentifier = "DCC3008";
    /// <summary>A transition names an action that does not exist.</summary>
    public const string UnknownTransitionTarget = "DCC3009";
    /// <summary>A condition uses an operator the language does not have.</summary>
    public const string UnknownOperator = "DCC3010";
    /// <summary>More actions than Connect allows (warning).</summary>
    public const string TooManyActions = "DCC3011";
    /// <summary>Content longer than Connect allows (warning).</summary>
    public const string ContentTooLong = "DCC3012";
    /// <summary>An action type the simulator does not execute (warning at parse time; an error if a call reaches it).</summary>
    public const string UnknownActionType = "DCC3014";
    /// <summary>A flow file cannot be read.</summary>
    public const string FileUnreadable = "DCC3015";
    /// <summary>A condition nests conditions, which no documented operator takes.</summary>
    public const string NestedCondition = "DCC3016";

    /// <summary>instance.yaml is not valid YAML or cannot be read.</summary>
    public const string InstanceYamlInvalid = "DCC3201";
    /// <summary>A required key of instance.yaml is missing.</summary>
    public const string InstanceMissingKey = "DCC3202";
    /// <summary>A value of instance.yaml is not valid.</summary>
    public const string InstanceInvalidValue = "DCC3203";
    /// <summary>A time zone is not an IANA zone.</summary>
    public const string InstanceUnknownTimeZone = "DCC3204";
    /// <summary>A name in instance.yaml refers to something not defined there.</summary>
    public const string InstanceUnknownReference = "DCC3205";
    /// <summary>A name or ARN is defined twice in instance.yaml.</summary>
    public const string InstanceDuplicate = "DCC3206";

    /// <summary>A call reached an action type the simulator does not execute.</summary>
    public const string UnsupportedActionType = "DCC3301";
    /// <summary>An action ended on a branch the flow does not wire.</summary>
    public const string MissingBranch = "DCC3302";
    /// <summary>The call ran past the step limit.</summary>
    public const string StepLimitExceeded = "DCC3303";
    /// <summary>A transfer, module or start names a flow the catalog does not have.</summary>
    public const string UnknownFlow = "DCC3304";
    /// <summary>A <c>${Name}</c> placeholder has no value.</summary>
    public const string UnresolvedPlaceholder = "DCC3305";
    /// <summary>A voice name is not a known Polly voice.</summary>
    public const string UnknownVoice = "DCC3306";
    /// <summary>A queue reference matches no queue.</summary>
    public const string UnknownQueue = "DCC3307";
    /// <summary>A parameter has a value the action cannot use.</summary>
    public const string InvalidParameter = "DCC3308";
    /// <summary>A required parameter is missing.</summary>
    public const string MissingParameter = "DCC3309";
    /// <summary>A reference resolved to no value (warning).</summary>
    public const string UnresolvedReference = "DCC3310";
    /// <summary>A Lambda call failed, timed out or answered with a response Connect would reject.</summary>
    public const string LambdaFailed = "DCC3311";
    /// <summary>A Lambda function is not in the instance model.</summary>
    public const string UnknownFunction = "DCC3313";
    /// <summary>An hours-of-operation reference matches nothing.</summary>
    public const string UnknownHours = "DCC3314";
    /// <summary>An action needs a working queue and none is set.</summary>
    public const string NoTargetQueue = "DCC3315";
    /// <summary>Too many flow transfers or module levels for one contact.</summary>
    public const string TransferLimitExceeded = "DCC3318";
    /// <summary>A bug in the interpreter: reported as a value so that a call never throws.</summary>
    public const string InternalError = "DCC3320";
    /// <summary>User-defined attributes would exceed 32,768 UTF-8 bytes.</summary>
    public const string AttributesTooLarge = "DCC3322";
    /// <summary>The call request itself is not usable (input digits, start flow).</summary>
    public const string InvalidCallRequest = "DCC3323";
    /// <summary>The call was cancelled.</summary>
    public const string Cancelled = "DCC3324";
}
