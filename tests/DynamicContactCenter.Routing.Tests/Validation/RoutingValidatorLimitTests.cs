using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Routing.Validation;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Routing.Tests.Validation;

/// <summary>Issue #10 items 3 and 5: rows that DynamoDB or Connect would refuse, and text with control characters, fail validation
/// (so load, lint, plan, apply and the seeder all refuse before writing anything).</summary>
[Trait("Issue", "10")]
public sealed class RoutingValidatorLimitTests
{
    private const string File = "config/routing.yaml";

    [Fact]
    public void Validate_NameOver400KB_ReportsTheItemSizeNamingRowAndBytes()
    {
        // Arrange: a 500 KB name passed validation and plan, then apply failed half-way on DynamoDB's item limit.
        var data = Number(SampleRoutingData.Tenant(), SampleRoutingData.EnglishNumber, n => n with { Name = new string('x', 500_000) });

        // Act
        var diagnostics = RoutingValidator.Validate(data, File);

        // Assert
        var diagnostic = diagnostics.ShouldHaveSingleItem(string.Join('\n', diagnostics));
        diagnostic.Code.ShouldBe(RoutingMessages.ItemTooLarge.Code);
        diagnostic.IsError.ShouldBeTrue();
        diagnostic.Location.Field.ShouldBe("dialedNumbers[\"+14443330000\"]");
        diagnostic.Message.ShouldContain("500");
        diagnostic.Message.ShouldContain("409600 bytes");
        diagnostic.Message.ShouldContain("name");
    }

    [Fact]
    public void Validate_PromptsTogetherOver400KBInMultiByteText_ReportsTheItemSize()
    {
        // Arrange: each prompt is under Connect's limits in characters, but the row is over 400 KB in UTF-8 bytes.
        var data = Language(SampleRoutingData.Tenant(), "English", l => l with
        {
            Prompts = l.Prompts.SetItems(Enumerable.Range(0, 30).Select(i => KeyValuePair.Create($"extraPrompt{i}", new string('€', 5_000)))),
        });

        // Act
        var diagnostics = RoutingValidator.Validate(data, File);

        // Assert
        var sizeFinding = diagnostics.Where(d => d.IsError).ShouldHaveSingleItem(string.Join('\n', diagnostics));
        sizeFinding.Code.ShouldBe(RoutingMessages.ItemTooLarge.Code);
        sizeFinding.Location.Field.ShouldBe("languages[\"English\"]");
    }

    [Fact]
    public void Validate_LanguageKeyOver2048Bytes_ReportsTheKeyLimit()
    {
        // Arrange: 700 three-byte characters: 700 characters, 2100 bytes.
        var name = new string('語', 700);
        var data = SampleRoutingData.Tenant();
        data = data with
        {
            Languages = [.. data.Languages.Select(l => l.Language == "French" ? l with { Language = name } : l)],
            DialedNumbers = [.. data.DialedNumbers.Select(n => n.Language == "French" ? n with { Language = name } : n)],
        };

        // Act
        var diagnostics = RoutingValidator.Validate(data, File);

        // Assert
        var diagnostic = diagnostics.ShouldHaveSingleItem(string.Join('\n', diagnostics));
        diagnostic.Code.ShouldBe(RoutingMessages.KeyTooLong.Code);
        diagnostic.Message.ShouldContain("2100 bytes");
        diagnostic.Message.ShouldContain("2048");
    }

    [Fact]
    public void Validate_PromptOverConnectTtsLimit_IsAnError()
    {
        // Arrange: Connect fails a Play prompt block over 6,000 characters (reference: TTS 3,000 billed / 6,000 total).
        var data = Language(SampleRoutingData.Tenant(), "English", l => l.WithPrompt(PromptNames.Wait, new string('a', 6_001)));

        // Act
        var diagnostics = RoutingValidator.Validate(data, File);

        // Assert
        var diagnostic = diagnostics.ShouldHaveSingleItem(string.Join('\n', diagnostics));
        diagnostic.Code.ShouldBe(RoutingMessages.PromptOverTtsLimit.Code);
        diagnostic.IsError.ShouldBeTrue();
        diagnostic.Location.Field.ShouldBe("languages[\"English\"].prompts.waitPrompt");
        diagnostic.Message.ShouldContain("6001 characters");
    }

    [Fact]
    public void Validate_PromptsWhoseGetPromptsResponseIsOver32KB_IsAnError()
    {
        // Arrange: seven prompts of 2,500 characters (each under every TTS limit) fold into a response over Connect's 32 KB
        // (the result plus the same keys again inside sessionAttributes): every GetPrompts call for the language would fail.
        var data = Language(SampleRoutingData.Tenant(), "English", l => l with
        {
            Prompts = l.Prompts.SetItems(PromptNames.All.Select(p => KeyValuePair.Create(p, new string('a', 2_500)))),
        });

        // Act
        var diagnostics = RoutingValidator.Validate(data, File);

        // Assert
        var diagnostic = diagnostics.ShouldHaveSingleItem(string.Join('\n', diagnostics));
        diagnostic.Code.ShouldBe(RoutingMessages.ResponseTooLarge.Code);
        diagnostic.Location.Field.ShouldBe("languages[\"English\"]");
        diagnostic.Message.ShouldContain("32768");
    }

    public static TheoryData<string, Func<RoutingData, RoutingData>, string> ControlCharacterCases => new()
    {
        { "CR and ESC in a prompt", d => Language(d, "English", l => l.WithPrompt(PromptNames.Intro, "Welcome\r\u001B[2KWelcome to Zulu")), "languages[\"English\"].prompts.introPrompt" },
        { "BEL in a name", d => Number(d, SampleRoutingData.SpanishNumber, n => n with { Name = "Spanish\a line" }), "dialedNumbers[\"+14443331111\"].name" },
        { "NUL in a voice", d => Language(d, "French", l => l with { Voice = "Chantal\0" }), "languages[\"French\"].voice" },
        { "C1 CSI in the organisation", d => d with { Organisation = "Alpha\u009B2K Corp" }, "organisation" },
        { "TAB in a prompt", d => Language(d, "Spanish", l => l.WithPrompt(PromptNames.Hold, "Espere\tpor favor")), "languages[\"Spanish\"].prompts.holdPrompt" },
        { "LF in an environment name", d => d with { Environments = [d.Environments[0] with { Environment = "prod\n" }, .. d.Environments[1..]] }, "environments[\"prod\\n\"]" },
    };

    [Theory]
    [MemberData(nameof(ControlCharacterCases))]
    public void Validate_ControlCharacterInRoutingText_ReportsItEscapedAtItsKey(string name, Func<RoutingData, RoutingData> change, string location)
    {
        // Arrange
        ArgumentNullException.ThrowIfNull(change);
        var data = change(SampleRoutingData.Tenant());

        // Act
        var diagnostics = RoutingValidator.Validate(data, File);

        // Assert
        var diagnostic = diagnostics.Where(d => d.Code == RoutingMessages.ControlCharacter.Code).ShouldHaveSingleItem(name + ": " + string.Join('\n', diagnostics));
        diagnostic.IsError.ShouldBeTrue();
        diagnostic.File.ShouldBe(File);
        diagnostic.Location.Field.ShouldBe(location);
        diagnostic.ToString().ShouldAllBe(c => !char.IsControl(c));
    }

    [Fact]
    public void Validate_NumberKeyWithTrailingNewline_IsRefused()
    {
        // Arrange
        var data = Number(SampleRoutingData.Tenant(), SampleRoutingData.FrenchNumber, n => n with { Number = n.Number + "\n" });

        // Act
        var diagnostics = RoutingValidator.Validate(data, File);

        // Assert
        diagnostics.Select(d => d.Code).ShouldBe([RoutingMessages.InvalidNumber.Code, RoutingMessages.ControlCharacter.Code], ignoreOrder: true);
        diagnostics.ShouldAllBe(d => d.Location.Field == "dialedNumbers[\"+14443332222\\n\"]");
    }

    private static RoutingData Number(RoutingData data, string number, Func<DialedNumber, DialedNumber> change) =>
        data with { DialedNumbers = [.. data.DialedNumbers.Select(n => n.Number == number ? change(n) : n)] };

    private static RoutingData Language(RoutingData data, string language, Func<PromptSet, PromptSet> change) =>
        data with { Languages = [.. data.Languages.Select(l => l.Language == language ? change(l) : l)] };
}
