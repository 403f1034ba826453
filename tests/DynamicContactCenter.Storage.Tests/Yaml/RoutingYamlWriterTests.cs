using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage.Yaml;
using YamlDotNet.RepresentationModel;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Storage.Tests.Yaml;

public sealed class RoutingYamlWriterTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Write_ShippedData_LoadsBackEqual(bool restorePlaceholder)
    {
        // Arrange
        var data = RoutingYamlLoader.LoadFile(RepositoryPaths.RoutingYaml).Value!;

        // Act
        var yaml = RoutingYamlWriter.Write(data, restorePlaceholder);
        var reloaded = RoutingYamlLoader.Load(yaml, "exported.yaml");

        // Assert
        reloaded.Diagnostics.ShouldBeEmpty();
        reloaded.Value.ShouldBe(data);
    }

    [Fact]
    public void Write_SampleData_QuotesNumbersAndRestoresOrganisationPlaceholder()
    {
        // Arrange
        var data = SampleRoutingData.Tenant();

        // Act
        var yaml = RoutingYamlWriter.Write(data);

        // Assert
        yaml.ShouldContain("\n  \"+14443331111\":\n    name: Spanish line\n");
        yaml.ShouldContain("    prompts:\n      introPrompt: English introPrompt for {organisation}.\n");
        yaml.ShouldNotContain("for Alpha to Zulu Corp");
        yaml.ShouldStartWith("# Routing data");
    }

    [Fact]
    [Trait("Issue", "10")]
    public void Write_ControlCharactersInValuesAndKeys_WritesQuotedEscapesThatReadBackExactly()
    {
        // Arrange: values as a live table can hold them (the validator refuses them in files, not in tables).
        const string Prompt = "Welcome\r\u001B[2KWelcome to Zulu\a\0\u0085\t.";
        var sample = SampleRoutingData.Tenant();
        var data = sample with
        {
            DialedNumbers = [.. sample.DialedNumbers.Select(n => n.Number == SampleRoutingData.FrenchNumber ? n with { Number = n.Number + "\n", Name = "French\u001B]0;owned\a line" } : n)],
            Languages = [.. sample.Languages.Select(l => l.Language == "English" ? l.WithPrompt(PromptNames.Intro, Prompt) : l)],
        };

        // Act
        var yaml = RoutingYamlWriter.Write(data, restoreOrganisationPlaceholder: false);
        var reloaded = RoutingYamlLoader.Load(yaml, "exported.yaml");

        // Assert: the file itself holds no raw control character (it is safe to cat), the YAML reads back, and the only
        // findings are the validator's control-character findings (no syntax error, no crash).
        // (YamlDotNet keeps a TAB as is inside double quotes: valid YAML, read back exactly, and harmless on a terminal.)
        yaml.Where(c => char.IsControl(c) && c is not ('\n' or '\t')).ShouldBeEmpty();
        yaml.ShouldContain("\\r\\e[2K");
        reloaded.Diagnostics.Where(d => d.Code != RoutingMessages.ControlCharacter.Code && d.Code != RoutingMessages.InvalidNumber.Code).ShouldBeEmpty(string.Join('\n', reloaded.Diagnostics));
        reloaded.Diagnostics.ShouldContain(d => d.Location.Field == "languages[\"English\"].prompts.introPrompt" && d.Line != null);
        reloaded.Diagnostics.ShouldContain(d => d.Location.Field == "dialedNumbers[\"+14443332222\\n\"].name");
        var root = (YamlMappingNode)Parse(yaml).Documents[0].RootNode;
        var intro = ((YamlMappingNode)((YamlMappingNode)((YamlMappingNode)root["languages"])["English"])["prompts"])["introPrompt"];
        ((YamlScalarNode)intro).Value.ShouldBe(Prompt);
        var numbers = (YamlMappingNode)root["dialedNumbers"];
        var french = (YamlMappingNode)numbers[SampleRoutingData.FrenchNumber + "\n"];
        ((YamlScalarNode)french["name"]).Value.ShouldBe("French\u001B]0;owned\a line");
    }

    private static YamlStream Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream;
    }
}
