using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage.Yaml;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Storage.Tests.Yaml;

public sealed class RoutingYamlLoaderTests
{
    private const string File = "config/routing.yaml";
    private static readonly string Shipped = System.IO.File.ReadAllText(RepositoryPaths.RoutingYaml);

    public static TheoryData<string, string, string, string, string, string> BadFiles => new()
    {
        // case, text in the shipped file, its replacement, code, location, text on the reported line
        { "bad E.164 number", "\"+14443331111\":", "\"+1444\":", RoutingMessages.InvalidNumber.Code, "dialedNumbers[\"+1444\"]", "\"+1444\":" },
        { "queue is not a queue ARN", "queue/aaaaaaaa-0000-0000-0000-000000000003", "contact-flow/aaaaaaaa-0000-0000-0000-000000000003", RoutingMessages.InvalidQueueArn.Code, "dialedNumbers[\"+14443332222\"].queue", "contact-flow/" },
        { "number's language does not exist", "language: Spanish", "language: Portuguese", RoutingMessages.UnknownLanguage.Code, "dialedNumbers[\"+14443331111\"].language", "language: Portuguese" },
        { "number's language is empty", "language: French", "language: \"\"", RoutingMessages.EmptyValue.Code, "dialedNumbers[\"+14443332222\"].language", "language: \"\"" },
        { "language missing a prompt", "      holdPrompt: Thank you for waiting. Your call is important to {organisation}; please continue to hold.\n", "", RoutingMessages.MissingPrompt.Code, "languages[\"English\"].prompts", "    prompts:" },
        { "voice of another language", "voice: Chantal", "voice: Mia", RoutingMessages.VoiceLanguageMismatch.Code, "languages[\"French\"].voice", "voice: Mia" },
        { "organisation written as a list", "organisation: Alpha to Zulu Corp", "organisation: [Alpha, Zulu]", StorageMessages.WrongShape.Code, "organisation", "organisation: [Alpha, Zulu]" },
        { "missing queue", "    queue: arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-0000-0000-0000-000000000002\n", "", StorageMessages.MissingKey.Code, "dialedNumbers[\"+14443331111\"].queue", "\"+14443331111\":" },
        { "unterminated quote", "name: Spanish line", "name: \"Spanish line", StorageMessages.YamlSyntax.Code, "(document)", "" },
    };

    [Fact]
    public void LoadFile_ShippedRoutingYaml_IsTheValidSampleTenant()
    {
        // Act
        var result = RoutingYamlLoader.LoadFile(RepositoryPaths.RoutingYaml);

        // Assert
        result.Diagnostics.ShouldBeEmpty();
        result.Succeeded.ShouldBeTrue();
        result.Value.Organisation.ShouldBe("Alpha to Zulu Corp");
        result.Value.DefaultLanguage.ShouldBe("English");
        result.Value.DialedNumbers.Select(n => (n.Number, n.Language)).ShouldBe(
            [("+14443330000", "English"), ("+14443331111", "Spanish"), ("+14443332222", "French"), ("default", "English")]);
        result.Value.DialedNumbers[1].Queue.ShouldBe("arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-0000-0000-0000-000000000002");
        result.Value.Languages.Select(l => (l.Language, l.Voice, l.LanguageCode)).ShouldBe(
            [("English", "Joanna", "en-US"), ("Spanish", "Lupe", "es-US"), ("French", "Chantal", "fr-CA")]);
        result.Value.Languages.ShouldAllBe(l => l.Prompts.Count == PromptNames.All.Length);
        result.Value.Environments.Select(e => e.Environment).ShouldBe(["prod", "dev"]);
    }

    [Fact]
    public void Load_PromptWithPlaceholder_SubstitutesOrganisation()
    {
        // Act
        var result = RoutingYamlLoader.Load(Shipped, File);

        // Assert
        var english = result.Value!.Languages.Single(l => l.Language == "English");
        english.Prompts[PromptNames.Exit].ShouldBe("Please call again later. Thank you for calling Alpha to Zulu Corp. Goodbye.");
        result.Value.Languages.SelectMany(l => l.Prompts.Values).ShouldAllBe(text => !text.Contains("{organisation}"));
    }

    [Fact]
    public void LoadEmbedded_DefaultData_EqualsShippedFile()
    {
        // Act
        var embedded = RoutingYamlLoader.LoadEmbedded();

        // Assert
        embedded.ShouldBe(RoutingYamlLoader.LoadFile(RepositoryPaths.RoutingYaml).Value);
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Load_BadFile_ReportsCodeFileLineAndKeyPathAndNoData(string breakage, string find, string replace, string code, string location, string lineText)
    {
        // Arrange
        Shipped.ShouldContain(find, customMessage: breakage);
        var yaml = ReplaceFirst(Shipped, find, replace);

        // Act
        var result = RoutingYamlLoader.Load(yaml, File);

        // Assert
        result.Value.ShouldBeNull();
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(code);
        diagnostic.Severity.ShouldBe(Severity.Error);
        diagnostic.File.ShouldBe(File);
        diagnostic.Location.Field.ShouldBe(location);
        diagnostic.Line.ShouldNotBeNull();
        if (lineText.Length > 0)
        {
            diagnostic.Line.ShouldBe(LineOf(yaml, lineText));
        }
    }

    [Fact]
    public void Load_SeveralProblems_ReportsAllWithLinesAndNoData()
    {
        // Arrange
        var yaml = ReplaceFirst(Shipped, "\"+14443331111\":", "\"+1444\":");
        yaml = ReplaceFirst(yaml, "language: French", "language: German");
        yaml = ReplaceFirst(yaml, "voice: Joanna", "voice: Joana");
        yaml = ReplaceFirst(yaml, "    name: Main line\n", "");

        // Act
        var result = RoutingYamlLoader.Load(yaml, File);

        // Assert
        result.Value.ShouldBeNull();
        result.Diagnostics.Select(d => (d.Code, d.Location.Field, d.Line)).ShouldBe(
        [
            (StorageMessages.MissingKey.Code, "dialedNumbers[\"default\"].name", LineOf(yaml, "  default:")),
            (RoutingMessages.InvalidNumber.Code, "dialedNumbers[\"+1444\"]", LineOf(yaml, "\"+1444\":")),
            (RoutingMessages.UnknownLanguage.Code, "dialedNumbers[\"+14443332222\"].language", LineOf(yaml, "language: German")),
            (RoutingMessages.UnknownVoice.Code, "languages[\"English\"].voice", LineOf(yaml, "voice: Joana")),
        ], ignoreOrder: true);
    }

    [Fact]
    public void Load_MisspeltKey_ReportsUnknownKeyAndTheKeyItLacks()
    {
        // Arrange
        var yaml = ReplaceFirst(Shipped, "    language: Spanish", "    langauge: Spanish");

        // Act
        var result = RoutingYamlLoader.Load(yaml, File);

        // Assert
        result.Value.ShouldBeNull();
        result.Diagnostics.Select(d => (d.Code, d.Location.Field, d.Line)).ShouldBe(
        [
            (StorageMessages.UnknownKey.Code, "dialedNumbers[\"+14443331111\"].langauge", LineOf(yaml, "langauge: Spanish")),
            (StorageMessages.MissingKey.Code, "dialedNumbers[\"+14443331111\"].language", LineOf(yaml, "\"+14443331111\":")),
        ]);
        result.Diagnostics[0].Message.ShouldBe("\"langauge\" is not a known key here (expected one of: name, queue, language)");
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void Load_EmptyFile_ReportsNoRoutingData(string yaml)
    {
        // Act
        var result = RoutingYamlLoader.Load(yaml, File);

        // Assert
        result.Value.ShouldBeNull();
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(StorageMessages.EmptyDocument.Code);
    }

    [Fact]
    public void Load_MissingSection_ReportsMissingKeyNamingIt()
    {
        // Arrange
        var yaml = "organisation: X\ndefaultLanguage: English\nenvironments: {}\ndialedNumbers: {}\n";

        // Act
        var result = RoutingYamlLoader.Load(yaml, File);

        // Assert
        result.Value.ShouldBeNull();
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(StorageMessages.MissingKey.Code);
        diagnostic.Location.Field.ShouldBe("languages");
        diagnostic.Message.ShouldContain("languages is missing (expected a mapping of language name");
    }

    [Fact]
    public void Load_DuplicateNumber_ReportsSyntaxErrorOnSecondOccurrence()
    {
        // Arrange
        var yaml = ReplaceFirst(Shipped, "\"+14443331111\":", "\"+14443330000\":");

        // Act
        var result = RoutingYamlLoader.Load(yaml, File);

        // Assert
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(StorageMessages.YamlSyntax.Code);
        diagnostic.Message.ShouldContain("+14443330000");
        diagnostic.Line.ShouldBe(LineOf(yaml, "  \"+14443330000\":", occurrence: 2));
    }

    [Fact]
    public void LoadFile_MissingFile_ReportsUnreadableFile()
    {
        // Arrange
        var path = Path.Combine(Path.GetTempPath(), $"dcc-missing-{Guid.NewGuid():N}.yaml");

        // Act
        var result = RoutingYamlLoader.LoadFile(path);

        // Assert
        result.Value.ShouldBeNull();
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(StorageMessages.UnreadableFile.Code);
        diagnostic.File.ShouldBe(path);
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, $"'{find}' is not in the text");
        return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }

    private static long LineOf(string text, string part, int occurrence = 1)
    {
        var lines = text.Split('\n');
        var found = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(part, StringComparison.Ordinal) && ++found == occurrence)
            {
                return i + 1;
            }
        }

        throw new InvalidOperationException($"'{part}' is not in the text {occurrence} times");
    }
}
