using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;

namespace DynamicContactCenter.Flows.Execution.Actions;

/// <summary>"Send message" (StartOutboundChatContact): starts an outbound SMS chat with <c>SourceEndpoint {Address: the Connect phone
/// number's ARN, Type: CONNECT_PHONENUMBER_ARN}</c>, <c>DestinationEndpoint {Address: E.164, Type: TELEPHONE_NUMBER}</c>,
/// <c>ContactFlowArn</c>, <c>ContactSubtype: connect:SMS</c>, optional <c>InitialSystemMessage {Content}</c> and
/// <c>RelatedContact: CURRENT</c>; no conditions; NoMatchingError (API:contact-actions-startoutboundchatcontact, whose restrictions
/// name the only values each Type and the subtype take). The new chat is another contact: the transcript records it (resolved) and its
/// flow does not run. A flow the instance model lacks is a stub as for CreateTask (DCC3334; --strict: NoMatchingError); a destination
/// that resolves to nothing or to no E.164 number takes NoMatchingError (DCC3335, DCC3336).</summary>
internal sealed class StartOutboundChatContactExecutor : SyncExecutor
{
    private const string Source = "SourceEndpoint";
    private const string Destination = "DestinationEndpoint";
    private const string SourceType = "CONNECT_PHONENUMBER_ARN";
    private const string DestinationType = "TELEPHONE_NUMBER";
    private const string ExpectedSource = "an object with Address (the Connect phone number's ARN) and Type " + SourceType;
    private const string ExpectedDestination = "an object with Address (an E.164 phone number) and Type " + DestinationType;

    public static StartOutboundChatContactExecutor Instance { get; } = new();

    public override ActionSpec Spec { get; } = ActionSpec.CanFail("StartOutboundChatContact") with
    {
        Parameters =
        [
            new ParameterSpec(Source) { Required = true, Shape = ParameterShape.NonEmptyObject, Expected = ExpectedSource },
            new ParameterSpec(Destination) { Required = true, Shape = ParameterShape.NonEmptyObject, Expected = ExpectedDestination },
            // Not a FlowReference: DCC5017 checks flows a call enters, and the chat's flow runs in another contact.
            ParameterSpec.RequiredScalar("ContactFlowArn", "the new chat's flow ARN or a ${Name} placeholder"),
            ParameterSpec.OneOf("ContactSubtype", true, "connect:SMS") with { Expected = "connect:SMS (the only subtype the action supports)" },
            ParameterSpec.OneOf("RelatedContact", false, "CURRENT") with { Expected = "CURRENT (the only value the action supports)" },
        ],
        CrossParameterProblems = EndpointProblems,
    };

    protected override ActionOutcome Execute(CallContext c)
    {
        var p = c.Action.Parameters;
        foreach (var (name, _, expected) in Endpoints)
        {
            if (p.Object(name) is null)
            {
                return ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, "Parameters." + name, FlowMessages.MissingParameter.Format, expected);
            }
        }

        if (EndpointProblems(p.Raw).FirstOrDefault() is { Field: not null } problem)
        {
            return ExecutorSupport.Stop(c, FlowMessages.InvalidParameter.Code, problem.Field, FlowMessages.InvalidParameter.Format,
                p.Element(problem.Field["Parameters.".Length..])?.GetRawText() ?? "(missing)", problem.Expected);
        }

        if (p.Text("ContactFlowArn") is null)
        {
            return ExecutorSupport.Stop(c, FlowMessages.MissingParameter.Code, "Parameters.ContactFlowArn", FlowMessages.MissingParameter.Format, "the new chat's flow ARN");
        }

        var destinationText = AddressOf(p.Raw, Destination)!;
        var destination = c.ResolveValue(destinationText, $"Parameters.{Destination}.Address", out _);
        if (string.IsNullOrEmpty(destination))
        {
            return ExecutorSupport.Fail(c, ErrorTypes.NoMatchingError, ActionMessages.EmptyValue.Code, $"Parameters.{Destination}.Address", ActionMessages.EmptyValue.Format,
                destinationText, "there is no number to send the SMS to");
        }

        if (!PhoneNumberRules.IsE164(destination))
        {
            return ExecutorSupport.Fail(c, ErrorTypes.NoMatchingError, ActionMessages.OutboundChatDestinationInvalid.Code, $"Parameters.{Destination}.Address",
                ActionMessages.OutboundChatDestinationInvalid.Format, destination);
        }

        if (OtherContactFlow.Resolve(c, p.Text("ContactFlowArn")!, "Parameters.ContactFlowArn", ActionMessages.OutboundChatFlowStub, out var failure) is not { } flow)
        {
            return failure!;
        }

        var source = c.ResolveValue(AddressOf(p.Raw, Source)!, $"Parameters.{Source}.Address", out _) ?? "";
        var message = p.Element("InitialSystemMessage") is { ValueKind: JsonValueKind.Object } initial && ParameterReader.Find(initial, "Content") is { } content
            ? c.Interpolate(Parsing.FlowDocumentReader.ScalarText(content), "Parameters.InitialSystemMessage.Content")
            : null;
        c.Emit(new OutboundChatStartedEvent(c.FlowName, c.Action.Id, destination, source, flow.Name, message));
        return ActionOutcome.Next;
    }

    private static string? AddressOf(JsonElement parameters, string endpoint) =>
        ParameterReader.Find(parameters, endpoint) is { ValueKind: JsonValueKind.Object } e && ParameterReader.Find(e, "Address") is { ValueKind: JsonValueKind.String } a
            && !string.IsNullOrWhiteSpace(a.GetString())
            ? a.GetString()
            : null;

    private static readonly (string Name, string Type, string Expected)[] Endpoints =
        [(Source, SourceType, ExpectedSource), (Destination, DestinationType, ExpectedDestination)];

    // Each endpoint needs an Address and, when it names its Type, the only Type the action supports (the page's restrictions).
    private static IEnumerable<(string Field, string Expected)> EndpointProblems(JsonElement parameters)
    {
        foreach (var (name, type, expected) in Endpoints)
        {
            if (ParameterReader.Find(parameters, name) is not { ValueKind: JsonValueKind.Object } endpoint) continue;
            var typeValue = ParameterReader.Find(endpoint, "Type");
            if (AddressOf(parameters, name) is null || (typeValue is not null && Parsing.FlowDocumentReader.ScalarText(typeValue.Value) != type))
            {
                yield return ("Parameters." + name, expected);
            }
        }
    }
}
