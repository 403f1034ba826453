using System.Text;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Storage.Yaml;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Storage.Tests.Yaml;

/// <summary>Issue #10 items 6 and 12: hostile routing files get a clean coded error naming file and line, never a hang or a silent value.</summary>
public sealed class RoutingYamlHostileInputTests
{
    private const string File = "config/routing.yaml";
    private static readonly string Shipped = System.IO.File.ReadAllText(RepositoryPaths.RoutingYaml);

    [Theory]
    [InlineData(9)]
    [InlineData(24)]
    public async Task Load_AliasBomb_IsACleanErrorBeforeAnyDocumentIsBuilt(int depth)
    {
        // Act (the 10 s wait is a hang guard, not a speed check: the refusal code shows the alias cap fired before a document was built)
        var result = await Task.Run(() => RoutingYamlLoader.Load(HostileYaml.AliasBomb(depth), File)).WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        result.Succeeded.ShouldBeFalse();
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe("DCC1062");
        error.File.ShouldBe(File);
        error.Line.ShouldNotBeNull();
    }

    [Fact]
    public void LoadFile_ByteThatIsNotUtf8_IsAnErrorNamingFileAndLine()
    {
        // Arrange: the shipped file with one 0xFF byte in the Spanish line's name
        var path = Path.Combine(Path.GetTempPath(), $"routing-{Guid.NewGuid():N}.yaml");
        var at = Shipped.IndexOf("name: Spanish line", StringComparison.Ordinal) + "name: Spanish".Length;
        var line = Shipped[..at].Count(c => c == '\n') + 1;
        System.IO.File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(Shipped[..at]), 0xFF, .. Encoding.UTF8.GetBytes(Shipped[at..])]);

        try
        {
            // Act
            var result = RoutingYamlLoader.LoadFile(path);

            // Assert
            result.Succeeded.ShouldBeFalse();
            var error = result.Diagnostics.ShouldHaveSingleItem();
            error.Code.ShouldBe("DCC1064");
            error.File.ShouldBe(path);
            error.Line.ShouldBe(line);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Theory]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("Null")]
    public void Load_OrganisationNull_IsAnErrorNotTheTextNull(string nullValue)
    {
        // Arrange
        var yaml = Shipped.Replace("organisation: Alpha to Zulu Corp", "organisation: " + nullValue, StringComparison.Ordinal);
        var line = Array.FindIndex(yaml.Split('\n'), l => l.StartsWith("organisation:", StringComparison.Ordinal)) + 1;

        // Act
        var result = RoutingYamlLoader.Load(yaml, File);

        // Assert
        result.Value.ShouldBeNull();
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(RoutingMessages.EmptyValue.Code);
        error.Location.Field.ShouldBe("organisation");
        error.Line.ShouldBe(line);
    }

    [Fact]
    public void Load_QuotedNull_IsTheTextNull()
    {
        // Act: quoting is how a user says they mean the word
        var result = RoutingYamlLoader.Load(Shipped.Replace("organisation: Alpha to Zulu Corp", "organisation: \"null\"", StringComparison.Ordinal), File);

        // Assert
        result.Value.ShouldNotBeNull().Organisation.ShouldBe("null");
    }

    [Fact]
    public void Load_PromptNull_IsAnErrorNamingThePrompt()
    {
        // Arrange: the English closedPrompt written as YAML null
        var lines = Shipped.Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith("      closedPrompt:", StringComparison.Ordinal));
        lines[index] = "      closedPrompt: ~";
        var yaml = string.Join('\n', lines);

        // Act
        var result = RoutingYamlLoader.Load(yaml, File);

        // Assert
        result.Value.ShouldBeNull();
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(RoutingMessages.EmptyPrompt.Code);
        error.Line.ShouldBe(index + 1);
    }
}
