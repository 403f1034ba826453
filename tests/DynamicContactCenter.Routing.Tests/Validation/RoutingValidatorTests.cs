using System.Collections.Immutable;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Routing.Validation;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Routing.Tests.Validation;

public sealed class RoutingValidatorTests
{
    private const string File = "config/routing.yaml";

    // Each case breaks the sample tenant in one way; the key names the case in the test list.
    private static readonly Dictionary<string, Func<RoutingData, RoutingData>> Breakages = new()
    {
        ["short number"] = d => ReplaceNumber(d, SampleRoutingData.EnglishNumber, n => n with { Number = "+1444" }),
        ["number without plus"] = d => ReplaceNumber(d, SampleRoutingData.EnglishNumber, n => n with { Number = "14443330000" }),
        ["number starting with 0"] = d => ReplaceNumber(d, SampleRoutingData.EnglishNumber, n => n with { Number = "+04443330000" }),
        ["queue is a flow ARN"] = d => ReplaceNumber(d, SampleRoutingData.SpanishNumber, n => n with { Queue = "arn:aws:connect:us-east-1:123456789012:instance/i-1/contact-flow/f-1" }),
        ["queue is a name"] = d => ReplaceNumber(d, SampleRoutingData.SpanishNumber, n => n with { Queue = "SpanishQueue" }),
        ["number's language missing"] = d => ReplaceNumber(d, SampleRoutingData.FrenchNumber, n => n with { Language = "German" }),
        ["number's language empty"] = d => ReplaceNumber(d, SampleRoutingData.FrenchNumber, n => n with { Language = "" }),
        ["language missing a prompt"] = d => ReplaceLanguage(d, "Spanish", l => l.WithPrompt(PromptNames.Hold, null)),
        ["language with empty prompt"] = d => ReplaceLanguage(d, "Spanish", l => l.WithPrompt(PromptNames.Closed, "  ")),
        ["unknown voice"] = d => ReplaceLanguage(d, "French", l => l with { Voice = "Chantale" }),
        ["voice of another language"] = d => ReplaceLanguage(d, "French", l => l with { Voice = "Joanna" }),
        ["empty voice"] = d => ReplaceLanguage(d, "French", l => l with { Voice = "" }),
        ["bad language code"] = d => ReplaceLanguage(d, "French", l => l with { LanguageCode = "French" }),
        ["default language missing"] = d => d with { DefaultLanguage = "Klingon" },
        ["environment without getPrompts"] = d => d with { Environments = [d.Environments[0] with { Functions = d.Environments[0].Functions.Remove(EnvironmentEntry.GetPrompts) }] },
        ["function not an ARN"] = d => d with { Environments = [d.Environments[0] with { Functions = d.Environments[0].Functions.SetItem(EnvironmentEntry.GetPrompts, "GetPrompts") }] },
        ["duplicate number"] = d => d with { DialedNumbers = d.DialedNumbers.Add(d.DialedNumbers[0]) },
        ["empty organisation"] = d => d with { Organisation = " " },
        ["no languages"] = d => d with { Languages = [], DialedNumbers = [], DefaultLanguage = "English" },
    };

    public static TheoryData<string, string, string, string> BadInputs => new()
    {
        // case, code, location, text the message must contain (the offending value and what was expected)
        { "short number", RoutingMessages.InvalidNumber.Code, "dialedNumbers[\"+1444\"]", "\"+1444\" is not an E.164 number (expected + followed by 8 to 15 digits" },
        { "number without plus", RoutingMessages.InvalidNumber.Code, "dialedNumbers[\"14443330000\"]", "\"14443330000\"" },
        { "number starting with 0", RoutingMessages.InvalidNumber.Code, "dialedNumbers[\"+04443330000\"]", "\"+04443330000\"" },
        { "queue is a flow ARN", RoutingMessages.InvalidQueueArn.Code, "dialedNumbers[\"+14443331111\"].queue", "contact-flow/f-1\" is not an Amazon Connect queue ARN (expected arn:aws:connect:" },
        { "queue is a name", RoutingMessages.InvalidQueueArn.Code, "dialedNumbers[\"+14443331111\"].queue", "\"SpanishQueue\"" },
        { "number's language missing", RoutingMessages.UnknownLanguage.Code, "dialedNumbers[\"+14443332222\"].language", "language \"German\" is not defined under languages (expected one of: English, Spanish, French)" },
        { "number's language empty", RoutingMessages.EmptyValue.Code, "dialedNumbers[\"+14443332222\"].language", "language is empty (expected the name of a language under languages: English, Spanish, French)" },
        { "language missing a prompt", RoutingMessages.MissingPrompt.Code, "languages[\"Spanish\"].prompts", "language \"Spanish\" has no holdPrompt" },
        { "language with empty prompt", RoutingMessages.EmptyPrompt.Code, "languages[\"Spanish\"].prompts.closedPrompt", "closedPrompt of language \"Spanish\" is empty" },
        { "unknown voice", RoutingMessages.UnknownVoice.Code, "languages[\"French\"].voice", "\"Chantale\" is not an Amazon Polly voice (expected a voice for fr-CA, e.g. Chantal, Gabrielle, Liam)" },
        { "voice of another language", RoutingMessages.VoiceLanguageMismatch.Code, "languages[\"French\"].voice", "voice \"Joanna\" speaks en-US, not fr-CA" },
        { "empty voice", RoutingMessages.EmptyValue.Code, "languages[\"French\"].voice", "voice is empty (expected an Amazon Polly voice, e.g. Chantal" },
        { "bad language code", RoutingMessages.InvalidLanguageCode.Code, "languages[\"French\"].languageCode", "\"French\" is not a language code" },
        { "default language missing", RoutingMessages.UnknownDefaultLanguage.Code, "defaultLanguage", "default language \"Klingon\"" },
        { "environment without getPrompts", RoutingMessages.MissingFunction.Code, "environments[\"prod\"]", "environment \"prod\" has no getPrompts" },
        { "function not an ARN", RoutingMessages.InvalidFunctionArn.Code, "environments[\"prod\"].getPrompts", "\"GetPrompts\" is not a Lambda function ARN" },
        { "duplicate number", RoutingMessages.DuplicateKey.Code, "dialedNumbers[\"+14443330000\"]", "appears more than once in dialedNumbers" },
        { "empty organisation", RoutingMessages.EmptyValue.Code, "organisation", "organisation is empty" },
        { "no languages", RoutingMessages.NoLanguages.Code, "languages", "no languages are defined" },
    };

    [Fact]
    public void Validate_SampleTenant_ReturnsNoDiagnostics()
    {
        // Arrange
        var data = SampleRoutingData.Tenant();

        // Act
        var diagnostics = RoutingValidator.Validate(data, File);

        // Assert
        diagnostics.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Validate_BadInput_ReportsErrorNamingValueAndExpectation(string breakage, string code, string location, string messagePart)
    {
        // Arrange
        var data = Breakages[breakage](SampleRoutingData.Tenant());

        // Act
        var diagnostics = RoutingValidator.Validate(data, File);

        // Assert
        var diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(code);
        diagnostic.Severity.ShouldBe(Severity.Error);
        diagnostic.File.ShouldBe(File);
        diagnostic.Location.Field.ShouldBe(location);
        diagnostic.Message.ShouldContain(messagePart);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEveryOneTogether()
    {
        // Arrange
        var data = SampleRoutingData.Tenant();
        data = ReplaceNumber(data, SampleRoutingData.EnglishNumber, n => n with { Number = "+1444", Queue = "not-a-queue" });
        data = ReplaceNumber(data, SampleRoutingData.FrenchNumber, n => n with { Language = "German" });
        data = ReplaceLanguage(data, "Spanish", l => l.WithPrompt(PromptNames.Intro, null).WithPrompt(PromptNames.Exit, null));

        // Act
        var diagnostics = RoutingValidator.Validate(data, File);

        // Assert
        diagnostics.Select(d => (d.Code, d.Location.Field)).ShouldBe(
        [
            (RoutingMessages.InvalidNumber.Code, "dialedNumbers[\"+1444\"]"),
            (RoutingMessages.InvalidQueueArn.Code, "dialedNumbers[\"+1444\"].queue"),
            (RoutingMessages.UnknownLanguage.Code, "dialedNumbers[\"+14443332222\"].language"),
            (RoutingMessages.MissingPrompt.Code, "languages[\"Spanish\"].prompts"),
            (RoutingMessages.MissingPrompt.Code, "languages[\"Spanish\"].prompts"),
        ]);
        diagnostics[3].Message.ShouldContain("introPrompt");
        diagnostics[4].Message.ShouldContain("exitPrompt");
    }

    [Fact]
    public void Validate_PromptOverPollyLimit_WarnsWithLength()
    {
        // Arrange
        var data = ReplaceLanguage(SampleRoutingData.Tenant(), "English", l => l.WithPrompt(PromptNames.Wait, new string('a', 3001)));

        // Act
        var diagnostics = RoutingValidator.Validate(data);

        // Assert
        var diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(RoutingMessages.PromptTooLong.Code);
        diagnostic.Severity.ShouldBe(Severity.Warning);
        diagnostic.Location.Field.ShouldBe("languages[\"English\"].prompts.waitPrompt");
        diagnostic.Message.ShouldContain("3001 characters");
    }

    [Fact]
    public void Validate_PromptNotPlayedByFlows_WarnsAboutMisspelling()
    {
        // Arrange
        var data = ReplaceLanguage(SampleRoutingData.Tenant(), "English", l => l.WithPrompt("introPromt", "Hello"));

        // Act
        var diagnostics = RoutingValidator.Validate(data);

        // Assert
        var diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(RoutingMessages.UnusedPrompt.Code);
        diagnostic.Severity.ShouldBe(Severity.Warning);
        diagnostic.Location.Field.ShouldBe("languages[\"English\"].prompts.introPromt");
    }

    [Theory]
    [InlineData("${GetPromptsArn}")]
    [InlineData("arn:aws:lambda:eu-west-1:123456789012:function:dcc-GetPrompts:live")]
    [InlineData("arn:aws-us-gov:lambda:us-gov-west-1:123456789012:function:dcc-GetPrompts")]
    public void Validate_FunctionArnOrPlaceholder_IsAccepted(string function)
    {
        // Arrange
        var env = SampleRoutingData.Environment("prod");
        var data = SampleRoutingData.Tenant() with { Environments = [env with { Functions = env.Functions.SetItem(EnvironmentEntry.GetPrompts, function) }] };

        // Act
        var diagnostics = RoutingValidator.Validate(data);

        // Assert
        diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Validate_AccentedVoiceAlias_IsAcceptedForItsLanguage()
    {
        // Arrange
        var data = ReplaceLanguage(SampleRoutingData.Tenant(), "French", l => l with { Voice = "Léa", LanguageCode = "fr-FR" });

        // Act
        var diagnostics = RoutingValidator.Validate(data);

        // Assert
        diagnostics.ShouldBeEmpty();
    }

    private static RoutingData ReplaceNumber(RoutingData data, string number, Func<DialedNumber, DialedNumber> change) =>
        data with { DialedNumbers = [.. data.DialedNumbers.Select(n => n.Number == number ? change(n) : n)] };

    private static RoutingData ReplaceLanguage(RoutingData data, string language, Func<PromptSet, PromptSet> change) =>
        data with { Languages = [.. data.Languages.Select(l => l.Language == language ? change(l) : l)] };
}
