using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class CompareExecutorTests
{
    private static string[] Flow(string comparison, params string[] conditions) =>
    [
        Act("Check", "Compare", "{\"ComparisonValue\":\"" + comparison + "\"}", null, conditions, [Err("NoMatchingCondition", "None")]),
        Mark("A"), Mark("B"), Mark("None"), Disconnect(),
    ];

    [Theory]
    [InlineData("Spanish", "A")]
    [InlineData("spanish", "None")]
    [InlineData("French", "B")]
    public async Task Execute_Equals_IsCaseSensitiveAndFirstTrueWins(string language, string expected)
    {
        // Arrange
        var request = CallHarness.Request() with { InitialAttributes = new Dictionary<string, string> { ["Language"] = language } };

        // Act
        var result = await CallHarness.RunFlowAsync(request,
            Flow("$.Attributes.Language", Cond("Equals", "Spanish", "A"), Cond("TextStartsWith", "Fr", "B"), Cond("TextContains", "ench", "A")));

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe(expected);
        result.Events.OfType<CheckEvent>().ShouldHaveSingleItem().Value.ShouldBe(language);
    }

    [Theory]
    [InlineData("15", "A")]
    [InlineData("5", "B")]
    [InlineData("ten", "None")]
    public async Task Execute_NumberOperators_FalseWhenNotNumeric(string value, string expected)
    {
        // Arrange
        var request = CallHarness.Request() with { InitialAttributes = new Dictionary<string, string> { ["n"] = value } };

        // Act
        var result = await CallHarness.RunFlowAsync(request, Flow("$.Attributes.n", Cond("NumberGreaterThan", "10", "A"), Cond("NumberLessOrEqualTo", "10", "B")));

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe(expected);
    }

    [Fact]
    public async Task Execute_MissingValue_TakesNoMatchingConditionEvenForEmptyOperand()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Flow("$.Attributes.absent", Cond("Equals", "", "A")));

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("None");
        result.Events.OfType<CheckEvent>().ShouldHaveSingleItem().Value.ShouldBeNull();
    }

    [Fact]
    public async Task Execute_SystemPath_Channel()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, Flow("$.Channel", Cond("Equals", "VOICE", "A")));

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("A");
    }

    [Fact]
    public async Task Execute_NoMatchAndNoBranch_StopsWithMissingBranch()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null,
            Act("Check", "Compare", """{"ComparisonValue":"$.Channel"}""", null, [Cond("Equals", "CHAT", "A")]), Mark("A"), Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(FlowMessages.MissingBranch.Code);
        error.Message.ShouldContain("NoMatchingCondition");
    }
}
