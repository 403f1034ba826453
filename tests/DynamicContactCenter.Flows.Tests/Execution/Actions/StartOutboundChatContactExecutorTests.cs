using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

/// <summary>"Send message" with the parameter object of API:contact-actions-startoutboundchatcontact: the SMS chat is recorded with its
/// resolved fields, and the call goes on.</summary>
[Trait("Issue", "12")]
public sealed class StartOutboundChatContactExecutorTests
{
    private const string SmsFlowArn = CallHarness.InstanceArn + "/contact-flow/Sms-id";
    private const string PhoneNumberArn = CallHarness.InstanceArn + "/phone-number/pn-1";

    private static string SendSms(string flow, string destination = "$.CustomerEndpoint.Address", string destinationType = "TELEPHONE_NUMBER") =>
        Act("Sms", "StartOutboundChatContact", $$"""
            {"SourceEndpoint":{"Address":"{{PhoneNumberArn}}","Type":"CONNECT_PHONENUMBER_ARN"},
             "DestinationEndpoint":{"Address":"{{destination}}","Type":"{{destinationType}}"},
             "ContactFlowArn":"{{flow}}","ContactSubtype":"connect:SMS",
             "InitialSystemMessage":{"Content":"You called $.SystemEndpoint.Address: reply here"},"RelatedContact":"CURRENT"}
            """.ReplaceLineEndings(""), "Next", errors: [Err("NoMatchingError", "Failed")]);

    [Fact]
    public async Task Execute_ModelledFlow_RecordsTheChatResolvedAndTheCallGoesOn()
    {
        // Arrange
        using var harness = new CallHarness(("Main", Flow(SendSms(SmsFlowArn), Mark("Next"), Mark("Failed"), Disconnect())), ("Sms", Flow(End())));

        // Act
        var result = await harness.RunAsync();

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Next");
        var chat = result.Events.OfType<OutboundChatStartedEvent>().ShouldHaveSingleItem();
        (chat.Destination, chat.Source, chat.ContactFlow, chat.Message).ShouldBe(("+15555550100", PhoneNumberArn, "Sms", "You called +14443330000: reply here"));
        result.Diagnostics.ShouldBeEmpty();
        result.Events.OfType<FlowStartedEvent>().Select(e => e.Flow).ShouldBe(["Main"]);
    }

    [Fact]
    public async Task Execute_UnknownFlow_RecordsTheChatForTheStubAndWarns()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, SendSms("${SmsFlowArn}"), Mark("Next"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Next");
        result.Events.OfType<OutboundChatStartedEvent>().ShouldHaveSingleItem().ContactFlow.ShouldBe("${SmsFlowArn}");
        result.Diagnostics.Select(d => d.Code).ShouldContain(ActionMessages.OutboundChatFlowStub.Code);
    }

    [Fact]
    public async Task Execute_UnknownFlowStrict_TakesErrorBranch()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Strict = true },
            SendSms(CallHarness.InstanceArn + "/contact-flow/elsewhere"), Mark("Next"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Events.OfType<OutboundChatStartedEvent>().ShouldBeEmpty();
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(FlowMessages.UnknownFlow.Code);
    }

    [Fact]
    public async Task Execute_DestinationNotE164_TakesErrorBranchNamingTheNumber()
    {
        // Arrange: the number comes from the caller's typed input, without the country code.
        var setPhone = Act("Phone", "UpdateContactAttributes", """{"Attributes":{"Phone":"555-0100"}}""", "Sms", errors: [Err("NoMatchingError", "Failed")]);

        // Act
        var result = await CallHarness.RunFlowAsync(null, setPhone, SendSms(SmsFlowArn, "$.Attributes.Phone"), Mark("Next"), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Diagnostics.ShouldHaveSingleItem().Message
            .ShouldBe("'555-0100' is not an E.164 phone number (+ and 8 to 15 digits): the outbound SMS chat cannot be sent, so the block takes its error branch.");
    }

    [Fact]
    public async Task Lint_EmailDestination_ReportsTheEndpointShape()
    {
        // Arrange: the page's restriction: "only supports TELEPHONE_NUMBER as the Type of DestinationEndpoint".
        var flow = LintedFlow.FromText(Flow(SendSms(SmsFlowArn, "ana@example.com", "EMAIL_ADDRESS"), Mark("Next"), Mark("Failed"), Disconnect()),
            "F", "CONTACT_FLOW", "f.json");

        // Act
        var report = await FlowLinter.LintAsync(new LintRequest([flow], InstanceModel.Empty), CancellationToken.None);

        // Assert
        report.Findings.Select(f => $"{f.Rule.Id} {f.Location.Field}").ShouldContain("DCC5010 Parameters.DestinationEndpoint");
    }
}
