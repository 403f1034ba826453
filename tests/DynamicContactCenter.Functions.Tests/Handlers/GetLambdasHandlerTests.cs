using DynamicContactCenter.Functions.Handlers;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Functions.Tests.TestHelpers;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Functions.Tests.Handlers;

public sealed class GetLambdasHandlerTests
{
    [Fact]
    public async Task Invoke_KnownEnvironment_ReturnsItsFunctionArnsAndDefaultErrorAndExitPrompts()
    {
        // Arrange
        var tenant = SampleRoutingData.Tenant();
        var sut = new FunctionHost(new FakeRoutingStore(tenant));
        var contactEvent = ConnectEvents.Create(parameters: new Dictionary<string, string> { ["environment"] = "dev" });

        // Act
        var outcome = await sut.InvokeAsync(FunctionNames.GetLambdas, contactEvent);

        // Assert
        outcome.Succeeded.ShouldBeTrue(outcome.ErrorMessage);
        var response = ConnectEvents.ReadMap(outcome.ResponseJson!);
        response["getDynamicAttributes"].ShouldBe(SampleRoutingData.FunctionArn("dev", "GetDynAttributes"));
        response["getPrompts"].ShouldBe(SampleRoutingData.FunctionArn("dev", "GetPrompts"));
        var english = tenant.Languages.Single(l => l.Language == "English");
        response["errorPrompt"].ShouldBe(english.Prompts["errorPrompt"]);
        response["exitPrompt"].ShouldBe(english.Prompts["exitPrompt"]);
    }

    [Fact]
    public async Task Invoke_ConfiguredDefaultLanguage_ReturnsThatLanguagesPrompts()
    {
        // Arrange
        var tenant = SampleRoutingData.Tenant();
        var sut = new FunctionHost(new FakeRoutingStore(tenant), new FunctionHostOptions { DefaultLanguage = "French" });
        var contactEvent = ConnectEvents.Create(parameters: new Dictionary<string, string> { ["environment"] = "prod" });

        // Act
        var outcome = await sut.InvokeAsync(FunctionNames.GetLambdas, contactEvent);

        // Assert
        ConnectEvents.ReadMap(outcome.ResponseJson!)["exitPrompt"].ShouldBe(tenant.Languages.Single(l => l.Language == "French").Prompts["exitPrompt"]);
    }

    public static TheoryData<Dictionary<string, string>, string, string, string> BadRequests => new()
    {
        { new Dictionary<string, string>(), ErrorTypes.InvalidEvent, FunctionMessages.MissingParameter.Code, "Details.Parameters.environment" },
        { new Dictionary<string, string> { ["environment"] = "" }, ErrorTypes.InvalidEvent, FunctionMessages.MissingParameter.Code, "Details.Parameters.environment" },
        { new Dictionary<string, string> { ["environment"] = "staging" }, ErrorTypes.RoutingDataNotFound, FunctionMessages.UnknownEnvironment.Code, "'staging'" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Invoke_BadEnvironment_FailsWithCodeNamingTheProblem(Dictionary<string, string> parameters, string errorType, string code, string messagePart)
    {
        // Arrange
        var sut = new FunctionHost(new FakeRoutingStore(SampleRoutingData.Tenant()));

        // Act
        var outcome = await sut.InvokeAsync(FunctionNames.GetLambdas, ConnectEvents.Create(parameters: parameters));

        // Assert
        outcome.ErrorType.ShouldBe(errorType);
        outcome.ErrorMessage.ShouldStartWith(code);
        outcome.ErrorMessage.ShouldContain(messagePart);
    }

    [Fact]
    public async Task Invoke_DefaultLanguageWithoutPrompts_FailsNamingTheLanguage()
    {
        // Arrange
        var sut = new FunctionHost(new FakeRoutingStore(SampleRoutingData.Tenant()), new FunctionHostOptions { DefaultLanguage = "German" });
        var contactEvent = ConnectEvents.Create(parameters: new Dictionary<string, string> { ["environment"] = "prod" });

        // Act
        var outcome = await sut.InvokeAsync(FunctionNames.GetLambdas, contactEvent);

        // Assert
        outcome.ErrorMessage.ShouldStartWith(FunctionMessages.DefaultLanguageMissing.Code);
        outcome.ErrorMessage.ShouldContain("'German'");
    }
}
