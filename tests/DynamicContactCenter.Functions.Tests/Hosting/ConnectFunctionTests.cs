using DynamicContactCenter.Functions.Handlers;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Functions.Tests.TestHelpers;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Functions.Tests.Hosting;

public sealed class ConnectFunctionTests
{
    public static TheoryData<string, string, string, string> BadEvents => new()
    {
        { "this is not json", ErrorTypes.InvalidEvent, FunctionMessages.EventNotJson.Code, "The event is not JSON" },
        { "", ErrorTypes.InvalidEvent, FunctionMessages.EventNotJson.Code, "The event is not JSON" },
        { "[1,2]", ErrorTypes.InvalidEvent, FunctionMessages.EventNotObject.Code, "is a JSON array" },
        { """{"Name":"ContactFlowEvent"}""", ErrorTypes.InvalidEvent, FunctionMessages.EventMissingField.Code, "no 'Details' object" },
        { """{"Name":"ContactFlowEvent","Details":"x"}""", ErrorTypes.InvalidEvent, FunctionMessages.EventMissingField.Code, "no 'Details' object" },
        { """{"Name":"ContactFlowEvent","Details":{"Parameters":{}}}""", ErrorTypes.InvalidEvent, FunctionMessages.EventMissingField.Code, "no 'Details.ContactData' object" },
        { """{"RequestType":"Create","Name":"Stack"}""", ErrorTypes.InvalidEvent, FunctionMessages.EventWrongName.Code, "Name is 'Stack'" },
        {
            """{"Details":{"ContactData":{},"Parameters":{"language":"English","sessionAttributes":"{oops"}}}""",
            ErrorTypes.InvalidSessionAttributes, "DCC2502", "sessionAttributes parameter is not valid JSON"
        },
        {
            """{"Details":{"ContactData":{},"Parameters":{"language":"English","sessionAttributes":"[\"English\"]"}}}""",
            ErrorTypes.InvalidSessionAttributes, "DCC2503", "sessionAttributes parameter is a JSON array"
        },
        {
            """{"Details":{"ContactData":{},"Parameters":{"language":"English","sessionAttributes":"{\"queue\":{\"a\":1}}"}}}""",
            ErrorTypes.InvalidSessionAttributes, "DCC2504", "key 'queue' holds a JSON object"
        },
    };

    [Theory]
    [MemberData(nameof(BadEvents))]
    public async Task Invoke_BadEvent_FailsWithPreciseMessageBeforeReadingTheStore(string eventJson, string errorType, string code, string messagePart)
    {
        // Arrange
        var store = new FakeRoutingStore(SampleRoutingData.Tenant());
        var sut = new FunctionHost(store);

        // Act
        var outcome = await sut.InvokeAsync(FunctionNames.GetPrompts, eventJson);

        // Assert
        outcome.Succeeded.ShouldBeFalse();
        outcome.ResponseJson.ShouldBeNull();
        outcome.ErrorType.ShouldBe(errorType);
        outcome.ErrorMessage.ShouldStartWith(code);
        outcome.ErrorMessage.ShouldContain(messagePart);
        store.Reads.ShouldBe(0);
    }

    [Fact]
    public async Task Invoke_EventWithoutName_IsAccepted()
    {
        // Arrange
        var sut = new FunctionHost(new FakeRoutingStore(SampleRoutingData.Tenant()));

        // Act
        var outcome = await sut.InvokeAsync(FunctionNames.GetPrompts, """{"Details":{"ContactData":{"Attributes":{"Language":"Spanish"}}}}""");

        // Assert
        outcome.Succeeded.ShouldBeTrue(outcome.ErrorMessage);
        ConnectEvents.ReadMap(outcome.ResponseJson!)["voice"].ShouldBe("Lupe");
    }
}
