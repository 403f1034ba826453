using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class UpdateContactDataExecutorTests
{
    [Fact]
    public async Task Execute_LanguageCode_SetsLanguageOfLaterPrompts()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null,
            Act("Lang", "UpdateContactData", """{"LanguageCode":"es-US","CustomerId":"c-1"}""", "Say", errors: [Err("NoMatchingError", "Failed")]),
            Say("Say", "$.LanguageCode", "Hang up"), Mark("Failed"), Disconnect());

        // Assert
        var prompt = result.Prompts.ShouldHaveSingleItem();
        (prompt.Text, prompt.LanguageCode).ShouldBe(("es-US", "es-US"));
        result.Events.OfType<SettingChangedEvent>().Select(s => s.Setting).ShouldBe(["LanguageCode", "CustomerId"]);
    }

    [Fact]
    public async Task Execute_InvalidLanguageCode_TakesError()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null,
            Act("Lang", "UpdateContactData", """{"LanguageCode":"Spanish"}""", "Hang up", errors: [Err("NoMatchingError", "Failed")]), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.LanguageCode.ShouldBe("en-US");
    }

    [Fact]
    public async Task Execute_LanguageCodeWithTrailingNewline_TakesError()
    {
        // Act: `$` matched before a final newline, so "es-US\n" was accepted and set as the language.
        var result = await CallHarness.RunFlowAsync(null,
            Act("Lang", "UpdateContactData", """{"LanguageCode":"es-US\n"}""", "Hang up", errors: [Err("NoMatchingError", "Failed")]), Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.LanguageCode.ShouldBe("en-US");
    }
}
