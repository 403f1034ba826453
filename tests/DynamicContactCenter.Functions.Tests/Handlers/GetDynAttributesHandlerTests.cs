using DynamicContactCenter.Functions.Handlers;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Functions.Tests.TestHelpers;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Functions.Tests.Handlers;

public sealed class GetDynAttributesHandlerTests
{
    [Fact]
    public async Task Invoke_KnownNumber_ReturnsItsNameQueueAndLanguageWithTheSession()
    {
        // Arrange
        var sut = new FunctionHost(new FakeRoutingStore(SampleRoutingData.Tenant()));
        var contactEvent = ConnectEvents.Create(SampleRoutingData.SpanishNumber, new Dictionary<string, string> { ["environment"] = "prod" });

        // Act
        var outcome = await sut.InvokeAsync(FunctionNames.GetDynAttributes, contactEvent);

        // Assert
        outcome.Succeeded.ShouldBeTrue(outcome.ErrorMessage);
        var response = ConnectEvents.ReadMap(outcome.ResponseJson!);
        response["name"].ShouldBe("Spanish line");
        response["queue"].ShouldBe(SampleRoutingData.QueueArn(2));
        response["language"].ShouldBe("Spanish");
        response["environment"].ShouldBe("prod");
        ConnectEvents.ReadMap(response["sessionAttributes"]).Keys.ShouldBe(["environment", "name", "queue", "language"], ignoreOrder: true);
        outcome.ContactId.ShouldBe(ConnectEvents.ContactId);
    }

    [Fact]
    public async Task Invoke_UnknownNumberWithDefaultRow_ReturnsTheDefaultRow()
    {
        // Arrange
        var sut = new FunctionHost(new FakeRoutingStore(SampleRoutingData.Tenant()));

        // Act
        var outcome = await sut.InvokeAsync(FunctionNames.GetDynAttributes, ConnectEvents.Create("+19998887777"));

        // Assert
        outcome.Succeeded.ShouldBeTrue(outcome.ErrorMessage);
        ConnectEvents.ReadMap(outcome.ResponseJson!)["name"].ShouldBe("Main line");
    }

    [Fact]
    public async Task Invoke_UnknownNumberWithoutDefaultRow_FailsNamingTheNumber()
    {
        // Arrange
        var tenant = SampleRoutingData.Tenant();
        var noDefault = tenant with { DialedNumbers = [.. tenant.DialedNumbers.Where(n => n.Number != DialedNumber.DefaultKey)] };
        var sut = new FunctionHost(new FakeRoutingStore(noDefault));

        // Act
        var outcome = await sut.InvokeAsync(FunctionNames.GetDynAttributes, ConnectEvents.Create("+19998887777"));

        // Assert
        outcome.Succeeded.ShouldBeFalse();
        outcome.ErrorType.ShouldBe(ErrorTypes.RoutingDataNotFound);
        outcome.ErrorMessage.ShouldStartWith(FunctionMessages.UnknownNumber.Code);
        outcome.ErrorMessage.ShouldContain("'+19998887777'");
        outcome.ErrorMessage.ShouldContain("no 'default' row");
    }

    [Fact]
    public async Task Invoke_EventWithoutSystemEndpoint_FailsNamingTheField()
    {
        // Arrange
        var sut = new FunctionHost(new FakeRoutingStore(SampleRoutingData.Tenant()));

        // Act
        var outcome = await sut.InvokeAsync(FunctionNames.GetDynAttributes, ConnectEvents.Create(dialedNumber: null));

        // Assert
        outcome.ErrorType.ShouldBe(ErrorTypes.InvalidEvent);
        outcome.ErrorMessage.ShouldStartWith(FunctionMessages.EventMissingField.Code);
        outcome.ErrorMessage.ShouldContain("Details.ContactData.SystemEndpoint");
    }

    [Fact]
    public async Task Invoke_StoreUnavailable_FailsWithTheStoreMessage()
    {
        // Arrange
        var store = new FakeRoutingStore(SampleRoutingData.Tenant()) { FailWith = new Routing.RoutingStoreException("DialedNumbers table 'dn' is unreachable") };
        var sut = new FunctionHost(store);

        // Act
        var outcome = await sut.InvokeAsync(FunctionNames.GetDynAttributes, ConnectEvents.Create());

        // Assert
        outcome.ErrorType.ShouldBe(ErrorTypes.StoreUnavailable);
        outcome.ErrorMessage!.ShouldContain("DialedNumbers table 'dn' is unreachable");
    }
}
