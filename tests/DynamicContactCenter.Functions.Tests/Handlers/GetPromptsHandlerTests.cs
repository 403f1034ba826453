using DynamicContactCenter.Functions.Handlers;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Functions.Tests.TestHelpers;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Functions.Tests.Handlers;

public sealed class GetPromptsHandlerTests
{
    private readonly RoutingData _tenant = SampleRoutingData.Tenant();

    public static TheoryData<string?, string?, string?, string> LanguageSources => new()
    {
        // contact attribute Language, session language, Parameters.language → language used
        { "French", "Spanish", "English", "French" },
        { null, "Spanish", "English", "Spanish" },
        { null, null, "English", "English" },
        { "", "Spanish", null, "Spanish" },
        { "", "", "French", "French" },
    };

    [Theory]
    [MemberData(nameof(LanguageSources))]
    public async Task Invoke_LanguageFromContactThenSessionThenParameter_ReturnsThatLanguagesPrompts(string? contact, string? session, string? parameter, string expected)
    {
        // Arrange
        var sut = new FunctionHost(new FakeRoutingStore(_tenant));
        var contactEvent = ConnectEvents.Create(
            parameters: parameter is null ? null : new Dictionary<string, string> { ["language"] = parameter },
            attributes: contact is null ? null : new Dictionary<string, string> { ["Language"] = contact },
            sessionAttributes: session is null ? null : $$"""{"language":"{{session}}"}""");

        // Act
        var outcome = await sut.InvokeAsync(FunctionNames.GetPrompts, contactEvent);

        // Assert
        outcome.Succeeded.ShouldBeTrue(outcome.ErrorMessage);
        var response = ConnectEvents.ReadMap(outcome.ResponseJson!);
        var prompts = _tenant.Languages.Single(l => l.Language == expected);
        response["voice"].ShouldBe(prompts.Voice);
        response["languageCode"].ShouldBe(prompts.LanguageCode);
        foreach (var name in PromptNames.All)
        {
            response[name].ShouldBe(prompts.Prompts[name]);
        }
    }

    public static TheoryData<string?, string, string, string> BadLanguages => new()
    {
        { null, ErrorTypes.InvalidEvent, FunctionMessages.NoLanguage.Code, "'Language'" },
        { "", ErrorTypes.InvalidEvent, FunctionMessages.NoLanguage.Code, "missing or empty" },
        { "Klingon", ErrorTypes.RoutingDataNotFound, FunctionMessages.UnknownLanguage.Code, "Language 'Klingon' has no row" },
    };

    [Theory]
    [MemberData(nameof(BadLanguages))]
    public async Task Invoke_NoUsableLanguage_FailsWithPreciseMessage(string? language, string errorType, string code, string messagePart)
    {
        // Arrange
        var sut = new FunctionHost(new FakeRoutingStore(_tenant));
        var contactEvent = ConnectEvents.Create(attributes: language is null ? null : new Dictionary<string, string> { ["Language"] = language });

        // Act
        var outcome = await sut.InvokeAsync(FunctionNames.GetPrompts, contactEvent);

        // Assert
        outcome.ErrorType.ShouldBe(errorType);
        outcome.ErrorMessage.ShouldStartWith(code);
        outcome.ErrorMessage.ShouldContain(messagePart);
    }

    [Fact]
    public async Task Invoke_PromptsOver32KB_FailsNamingTheSize()
    {
        // Arrange
        var huge = _tenant with
        {
            Languages = [.. _tenant.Languages.Select(l => l with { Prompts = l.Prompts.SetItem(PromptNames.Closed, new string('z', 20_000)) })],
        };
        var sut = new FunctionHost(new FakeRoutingStore(huge));

        // Act
        var outcome = await sut.InvokeAsync(FunctionNames.GetPrompts, ConnectEvents.Create(attributes: new Dictionary<string, string> { ["Language"] = "English" }));

        // Assert
        outcome.ErrorType.ShouldBe(ErrorTypes.ResponseTooLarge);
        outcome.ErrorMessage.ShouldStartWith("DCC2505");
        outcome.ErrorMessage.ShouldMatch(@"The response is [0-9,]+ bytes \(UTF-8\)");
        outcome.ErrorMessage.ShouldContain("'closedPrompt' (20,000 bytes)");
    }
}
