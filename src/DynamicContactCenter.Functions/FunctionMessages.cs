namespace DynamicContactCenter.Functions;

/// <summary>The Functions message catalogue (DCC40nn): every text a caller of a function can see. Tests assert the codes.</summary>
internal static class FunctionMessages
{
    /// <summary>"CODE: message" with the arguments formatted invariantly.</summary>
    public static string Format(string code, string format, params object[] args) =>
        code + ": " + string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);

    // Events
    public const string EventNotJsonCode = "DCC4001";
    public const string EventNotJson = "The event is not JSON ({0}); expected a Connect ContactFlowEvent object.";
    public const string EventNotObjectCode = "DCC4002";
    public const string EventNotObject = "The event is a JSON {0}; expected a Connect ContactFlowEvent object.";
    public const string EventMissingFieldCode = "DCC4003";
    public const string EventMissingField = "The event has no '{0}' object; a Connect ContactFlowEvent has Details.ContactData, Details.Parameters and ContactData.SystemEndpoint.";
    public const string EventWrongNameCode = "DCC4004";
    public const string EventWrongName = "The event's Name is '{0}'; expected 'ContactFlowEvent'.";
    public const string EventFieldNotStringCode = "DCC4005";
    public const string EventFieldNotString = "The event field '{0}' must be a non-empty string.";
    public const string EventNotUnicodeCode = "DCC4046";
    public const string EventNotUnicode = "The event field '{0}' is not valid Unicode text (a lone surrogate escape such as \\ud800, or bytes that are not UTF-8); expected UTF-8 JSON text.";
    public const string EventKeyTooLongCode = "DCC4047";
    public const string EventKeyTooLong = "The {0} is {1:N0} UTF-8 bytes; a routing key is at most {2:N0} bytes (DynamoDB's key limit), so no row can match it.";

    // Handlers
    public const string MissingParameterCode = "DCC4010";
    public const string MissingParameter = "The '{0}' function needs the parameter '{1}' (Details.Parameters.{1}); it is missing or empty.";
    public const string UnknownEnvironmentCode = "DCC4011";
    public const string UnknownEnvironment = "Environment '{0}' has no row in the Environments table.";
    public const string UnknownNumberCode = "DCC4012";
    public const string UnknownNumber = "Dialed number '{0}' has no row in the DialedNumbers table and there is no 'default' row to fall back to.";
    public const string NoLanguageCode = "DCC4013";
    public const string NoLanguage = "No language for this contact: the contact attribute 'Language', the session's 'language' and Details.Parameters.language are all missing or empty.";
    public const string UnknownLanguageCode = "DCC4014";
    public const string UnknownLanguage = "Language '{0}' has no row in the Prompts table.";
    public const string DefaultLanguageMissingCode = "DCC4015";
    public const string DefaultLanguageMissing = "The default language '{0}' has no row in the Prompts table, so there are no error and exit prompts to return.";
    public const string StoreFailedCode = "DCC4016";
    public const string StoreFailed = "The routing store could not be read: {0}";
    public const string DeadlineExceededCode = "DCC4050";
    public const string DeadlineExceeded = "The function was stopped at its deadline before it had an answer (the routing store did not answer in time and had no cached row to serve).";
    public const string UnknownFunctionCode = "DCC4017";
    public const string UnknownFunction = "Unknown function '{0}'; expected one of GetLambdas, GetDynAttributes, GetPrompts, SeedTables.";

    // Settings (init errors)
    public const string MissingSettingCode = "DCC4020";
    public const string MissingSetting = "The environment variable {0} is not set; {1}.";
    // DCC4021 (only some table variables set) lives with the rule it reports: RoutingTableNames.PartlySetCode.
    public const string BadSettingCode = "DCC4022";
    public const string BadSetting = "The environment variable {0} is '{1}'; expected {2}.";
    public const string RoutingFileCode = "DCC4023";
    public const string RoutingFile = "The routing file '{0}' (DCC_ROUTING_FILE) could not be loaded: {1}";

    // Runtime API (the bootstrap's loop; one stderr line before the exit code named in RuntimeExitCodes)
    public const string RuntimeApiUnreachableCode = "DCC4043";
    public const string RuntimeApiUnreachable = "The Lambda Runtime API could not be reached through every retry, exiting with code {1}: {0}";
    public const string RuntimeApiProtocolErrorCode = "DCC4044";
    public const string RuntimeApiProtocolError = "The Lambda Runtime API answered in a way this runtime cannot act on, exiting with code {1}: {0}";
    public const string RuntimeApiContainerErrorCode = "DCC4045";
    public const string RuntimeApiContainerError = "The Lambda Runtime API reported the container broken (HTTP 500), exiting with code {1}: {0}";
    public const string RuntimeUnexpectedCode = "DCC4049";
    public const string RuntimeUnexpected = "The runtime failed outside any invocation ({0}), exiting with code {2}: {1}";

    // SeedTables (CloudFormation custom resource)
    public const string RequestMissingFieldCode = "DCC4030";
    public const string RequestMissingField = "The custom-resource request has no '{0}'; CloudFormation always sends RequestType, ResponseURL, StackId, RequestId and LogicalResourceId.";
    public const string BadRequestTypeCode = "DCC4031";
    public const string BadRequestType = "RequestType '{0}' is not Create, Update or Delete.";
    public const string PropertyMissingCode = "DCC4032";
    public const string PropertyMissing = "{0} is missing or empty; {1}.";
    public const string PropertyInvalidCode = "DCC4033";
    public const string PropertyInvalid = "{0} is invalid: {1}.";
    public const string SeedValidationFailedCode = "DCC4034";
    public const string SeedValidationFailed = "The routing data is invalid; nothing was written. {0}";
    public const string SeedStoreFailedCode = "DCC4035";
    public const string SeedStoreFailed = "Writing the routing tables failed: {0}";
    public const string SeedTimedOutCode = "DCC4036";
    public const string SeedTimedOut = "Seeding did not finish {0:N0} ms before the function's deadline; stopped so CloudFormation gets an answer.";
    public const string ResponseUrlRefusedCode = "DCC4037";
    public const string ResponseUrlRefused = "CloudFormation's ResponseURL refused the {0} response: HTTP {1} {2}.";
    public const string ResponseUrlFailedCode = "DCC4038";
    public const string ResponseUrlFailed = "CloudFormation's ResponseURL could not be reached to send the {0} response: {1}";
    public const string NoResponseUrlCode = "DCC4039";
    public const string NoResponseUrl = "The custom-resource request has no usable ResponseURL, so no answer could be sent to CloudFormation: {0}";
    public const string NoWriterCode = "DCC4040";
    public const string NoWriter = "SeedTables needs the DynamoDB tables: set ENVIRONMENTS_TABLE, DIALED_NUMBERS_TABLE and PROMPTS_TABLE.";
    public const string RoutingYamlInvalidCode = "DCC4041";
    public const string RoutingYamlInvalid = "ResourceProperties.RoutingYaml is not valid routing data: {0}";
    public const string SeedUnexpectedCode = "DCC4042";
    public const string SeedUnexpected = "Seeding failed unexpectedly ({0}): {1}";

    // SeedTables, continued (DCC4100-DCC4149)
    public const string ResponseUrlTimedOutCode = "DCC4100";
    public const string ResponseUrlTimedOut = "CloudFormation's ResponseURL did not answer the {0} response within {1:N0} ms; gave up so the invocation ends before its deadline.";
}
