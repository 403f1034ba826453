using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Functions;

#pragma warning disable CS1591 // The entries are the catalogue: each code and format says what it reports.

/// <summary>The Functions message catalogue (DCC40nn): every text a caller of a function can see. Tests assert the codes.</summary>
public static class FunctionMessages
{
    // Events
    public static readonly DiagnosticDescriptor EventNotJson = new("DCC4001", "The event is not JSON ({0}); expected a Connect ContactFlowEvent object.");
    public static readonly DiagnosticDescriptor EventNotObject = new("DCC4002", "The event is a JSON {0}; expected a Connect ContactFlowEvent object.");
    public static readonly DiagnosticDescriptor EventMissingField = new("DCC4003", "The event has no '{0}' object; a Connect ContactFlowEvent has Details.ContactData, Details.Parameters and ContactData.SystemEndpoint.");
    public static readonly DiagnosticDescriptor EventWrongName = new("DCC4004", "The event's Name is '{0}'; expected 'ContactFlowEvent'.");
    public static readonly DiagnosticDescriptor EventFieldNotString = new("DCC4005", "The event field '{0}' must be a non-empty string.");
    public static readonly DiagnosticDescriptor EventNotUnicode = new("DCC4046", "The event field '{0}' is not valid Unicode text (a lone surrogate escape such as \\ud800, or bytes that are not UTF-8); expected UTF-8 JSON text.");
    public static readonly DiagnosticDescriptor EventKeyTooLong = new("DCC4047", "The {0} is {1:N0} UTF-8 bytes; a routing key is at most {2:N0} bytes (DynamoDB's key limit), so no row can match it.");

    // Handlers
    public static readonly DiagnosticDescriptor MissingParameter = new("DCC4010", "The '{0}' function needs the parameter '{1}' (Details.Parameters.{1}); it is missing or empty.");
    public static readonly DiagnosticDescriptor UnknownEnvironment = new("DCC4011", "Environment '{0}' has no row in the Environments table.");
    public static readonly DiagnosticDescriptor UnknownNumber = new("DCC4012", "Dialed number '{0}' has no row in the DialedNumbers table and there is no 'default' row to fall back to.");
    public static readonly DiagnosticDescriptor NoLanguage = new("DCC4013", "No language for this contact: the contact attribute 'Language', the session's 'language' and Details.Parameters.language are all missing or empty.");
    public static readonly DiagnosticDescriptor UnknownLanguage = new("DCC4014", "Language '{0}' has no row in the Prompts table.");
    public static readonly DiagnosticDescriptor DefaultLanguageMissing = new("DCC4015", "The default language '{0}' has no row in the Prompts table, so there are no error and exit prompts to return.");
    public static readonly DiagnosticDescriptor StoreFailed = new("DCC4016", "The routing store could not be read: {0}");
    public static readonly DiagnosticDescriptor DeadlineExceeded = new("DCC4050", "The function was stopped at its deadline before it had an answer (the routing store did not answer in time and had no cached row to serve).");
    public static readonly DiagnosticDescriptor UnknownFunction = new("DCC4017", "Unknown function '{0}'; expected one of GetLambdas, GetDynAttributes, GetPrompts, SeedTables, AssociatePhoneNumbers.");

    // Settings (init errors)
    public static readonly DiagnosticDescriptor MissingSetting = new("DCC4020", "The environment variable {0} is not set; {1}.");
    // DCC4021 (only some table variables set) lives with the rule it reports: StorageMessages.TablesPartlySet.
    public static readonly DiagnosticDescriptor BadSetting = new("DCC4022", "The environment variable {0} is '{1}'; expected {2}.");
    public static readonly DiagnosticDescriptor RoutingFile = new("DCC4023", "The routing file '{0}' (DCC_ROUTING_FILE) could not be loaded: {1}");

    // Runtime API (the bootstrap's loop; one stderr line before the exit code named in RuntimeExitCodes)
    public static readonly DiagnosticDescriptor RuntimeApiUnreachable = new("DCC4043", "The Lambda Runtime API could not be reached through every retry, exiting with code {1}: {0}");
    public static readonly DiagnosticDescriptor RuntimeApiProtocolError = new("DCC4044", "The Lambda Runtime API answered in a way this runtime cannot act on, exiting with code {1}: {0}");
    public static readonly DiagnosticDescriptor RuntimeApiContainerError = new("DCC4045", "The Lambda Runtime API reported the container broken (HTTP 500), exiting with code {1}: {0}");
    public static readonly DiagnosticDescriptor RuntimeUnexpected = new("DCC4049", "The runtime failed outside any invocation ({0}), exiting with code {2}: {1}");

    // SeedTables (CloudFormation custom resource)
    public static readonly DiagnosticDescriptor RequestMissingField = new("DCC4030", "The custom-resource request has no '{0}'; CloudFormation always sends RequestType, ResponseURL, StackId, RequestId and LogicalResourceId.");
    public static readonly DiagnosticDescriptor BadRequestType = new("DCC4031", "RequestType '{0}' is not Create, Update or Delete.");
    public static readonly DiagnosticDescriptor PropertyMissing = new("DCC4032", "{0} is missing or empty; {1}.");
    public static readonly DiagnosticDescriptor PropertyInvalid = new("DCC4033", "{0} is invalid: {1}.");
    public static readonly DiagnosticDescriptor SeedValidationFailed = new("DCC4034", "The routing data is invalid; nothing was written. {0}");
    public static readonly DiagnosticDescriptor SeedStoreFailed = new("DCC4035", "Writing the routing tables failed: {0}");
    public static readonly DiagnosticDescriptor SeedTimedOut = new("DCC4036", "Seeding did not finish {0:N0} ms before the function's deadline; stopped so CloudFormation gets an answer.");
    public static readonly DiagnosticDescriptor ResponseUrlRefused = new("DCC4037", "CloudFormation's ResponseURL refused the {0} response: HTTP {1} {2}.");
    public static readonly DiagnosticDescriptor ResponseUrlFailed = new("DCC4038", "CloudFormation's ResponseURL could not be reached to send the {0} response: {1}");
    public static readonly DiagnosticDescriptor NoResponseUrl = new("DCC4039", "The custom-resource request has no usable ResponseURL, so no answer could be sent to CloudFormation: {0}");
    public static readonly DiagnosticDescriptor NoWriter = new("DCC4040", "SeedTables needs the DynamoDB tables: set ENVIRONMENTS_TABLE, DIALED_NUMBERS_TABLE and PROMPTS_TABLE.");
    public static readonly DiagnosticDescriptor RoutingYamlInvalid = new("DCC4041", "ResourceProperties.RoutingYaml is not valid routing data: {0}");
    public static readonly DiagnosticDescriptor SeedUnexpected = new("DCC4042", "Seeding failed unexpectedly ({0}): {1}");

    // SeedTables, continued (DCC4100-DCC4149)
    public static readonly DiagnosticDescriptor ResponseUrlTimedOut = new("DCC4100", "CloudFormation's ResponseURL did not answer the {0} response within {1:N0} ms; gave up so the invocation ends before its deadline.");

    // AssociatePhoneNumbers (CloudFormation custom resource; DCC4051-DCC4069). Its property errors reuse DCC4032/DCC4033.
    public static readonly DiagnosticDescriptor NumbersNotClaimed = new("DCC4051", "The phone numbers {0} are not claimed by the Connect instance {1} (it has {2:N0} claimed numbers); claim them in the instance or remove them from the routing file's numbers. Nothing was associated.");
    public static readonly DiagnosticDescriptor ConnectCallFailed = new("DCC4052", "Connect {0} for {1} failed: HTTP {2} {3}: {4}");
    public static readonly DiagnosticDescriptor ConnectUnreachable = new("DCC4053", "Connect {0} for {1} could not reach {2}: {3}");
    public static readonly DiagnosticDescriptor ConnectNoCredentials = new("DCC4054", "No AWS credentials to sign Connect {0}: {1}");
    public static readonly DiagnosticDescriptor ConnectMalformedAnswer = new("DCC4055", "Connect answered {0} with a body that is not its documented JSON: {1}");
    public static readonly DiagnosticDescriptor AssociationTimedOut = new("DCC4056", "Associating phone numbers did not finish {0:N0} ms before the function's deadline; stopped so CloudFormation gets an answer.");
    public static readonly DiagnosticDescriptor AssociationUnexpected = new("DCC4057", "Associating phone numbers failed unexpectedly ({0}): {1}");

    // SeedTables reports the rows a team changed outside the stack, which it keeps (DCC4058-DCC4059).
    public static readonly DiagnosticDescriptor SeedKeptRows = new("DCC4058", "kept {0:N0} rows changed outside the stack: {1}");
    public static readonly DiagnosticDescriptor SeedKeptRow = new("DCC4059", "kept the {0} row '{1}': changed outside the stack (dcc config apply or an edit) since it was seeded, so the stack did not overwrite it");
}
