using System.Text.Json.Serialization;

namespace DynamicContactCenter.Functions.PhoneNumbers;

// The JSON bodies of the Connect REST calls (these three, and the four of ConnectPhoneNumberClient.PreviousFlow.cs), as the Connect API reference gives them (2017-08-08, REST-JSON):
//   ListPhoneNumbersV2               POST   /phone-number/list                    {TargetArn, MaxResults, NextToken}
//                                    → {ListPhoneNumbersSummaryList: [{PhoneNumberId, PhoneNumberArn, PhoneNumber, ...}], NextToken}
//   AssociatePhoneNumberContactFlow  PUT    /phone-number/{PhoneNumberId}/contact-flow   {ContactFlowId, InstanceId} → 200, empty
//   DisassociatePhoneNumberContactFlow DELETE /phone-number/{PhoneNumberId}/contact-flow?instanceId=… → 200, empty
// (docs.aws.amazon.com/connect/latest/APIReference/API_ListPhoneNumbersV2.html, API_AssociatePhoneNumberContactFlow.html,
// API_DisassociatePhoneNumberContactFlow.html). Errors are {"message": "..."} with the type in the x-amzn-ErrorType header.

/// <summary>ListPhoneNumbersV2's request: the numbers claimed to one instance (TargetArn = the instance ARN), a page at a time.</summary>
internal sealed record ListPhoneNumbersV2Request(string TargetArn, int MaxResults, string? NextToken);

/// <summary>One page of ListPhoneNumbersV2's answer.</summary>
internal sealed record ListPhoneNumbersV2Response(IReadOnlyList<PhoneNumberSummary>? ListPhoneNumbersSummaryList, string? NextToken);

/// <summary>A claimed number as ListPhoneNumbersV2 lists it (the fields this function reads).</summary>
internal sealed record PhoneNumberSummary(string? PhoneNumberId, string? PhoneNumberArn, string? PhoneNumber, string? TargetArn);

/// <summary>AssociatePhoneNumberContactFlow's body (the number is in the path).</summary>
internal sealed record AssociatePhoneNumberContactFlowRequest(string ContactFlowId, string InstanceId);

/// <summary>The body of a Connect error answer (REST-JSON: <c>message</c>, sometimes <c>Message</c>).</summary>
internal sealed record ConnectErrorBody(
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("Message")] string? CapitalMessage,
    [property: JsonPropertyName("__type")] string? Type);

/// <summary>One page of ListFlowAssociations' answer (<c>GET /flow-associations-summary/{InstanceId}?ResourceType=VOICE_PHONE_NUMBER</c>,
/// API_ListFlowAssociations.html): which flow each number of the instance points at.</summary>
internal sealed record ListFlowAssociationsResponse(IReadOnlyList<FlowAssociationSummary>? FlowAssociationSummaryList, string? NextToken);

/// <summary>A number and its flow, as ListFlowAssociations lists them; the reference calls both "identifiers" (id or ARN).</summary>
internal sealed record FlowAssociationSummary(string? FlowId, string? ResourceId, string? ResourceType);

/// <summary>TagResource's body and ListTagsForResource's answer (<c>/tags/{resourceArn}</c>, lowercase <c>tags</c> as the reference writes it).</summary>
internal sealed record ConnectTags([property: JsonPropertyName("tags")] IReadOnlyDictionary<string, string>? Tags);

/// <summary>Source-generated (Native AOT: no reflection) serialization of the Connect bodies.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ListPhoneNumbersV2Request))]
[JsonSerializable(typeof(ListPhoneNumbersV2Response))]
[JsonSerializable(typeof(AssociatePhoneNumberContactFlowRequest))]
[JsonSerializable(typeof(ConnectErrorBody))]
[JsonSerializable(typeof(ListFlowAssociationsResponse))]
[JsonSerializable(typeof(ConnectTags))]
internal sealed partial class ConnectJsonContext : JsonSerializerContext;
