using DynamicContactCenter.Storage.Yaml;
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
        var data = RoutingYamlLoader.LoadFile(RepositoryPaths.RoutingYaml).Data!;

        // Act
        var yaml = RoutingYamlWriter.Write(data, restorePlaceholder);
        var reloaded = RoutingYamlLoader.Load(yaml, "exported.yaml");

        // Assert
        reloaded.Diagnostics.ShouldBeEmpty();
        reloaded.Data.ShouldBe(data);
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
}
