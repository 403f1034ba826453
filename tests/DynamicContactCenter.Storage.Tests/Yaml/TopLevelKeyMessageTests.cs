using DynamicContactCenter.Storage.Yaml;

namespace DynamicContactCenter.Storage.Tests.Yaml;

/// <summary>Issue #10 item 18: a wrong key at the root of a routing file is named as such, not as "a key under " with an empty path.</summary>
public sealed class TopLevelKeyMessageTests
{
    [Fact]
    public void Load_ListAsTopLevelKey_NamesTheTopLevelOfTheFile()
    {
        // Arrange
        const string yaml = "? [a, b]\n: 1\norganisation: Acme\n";

        // Act
        var result = RoutingYamlLoader.Load(yaml, "config/routing.yaml");

        // Assert
        var diagnostic = result.Diagnostics.Single(d => d.Code == StorageMessages.WrongShapeCode);
        diagnostic.Message.ShouldStartWith("a key at the top level of config/routing.yaml is a list");
        diagnostic.Location.ShouldBe("(document)");
        diagnostic.Line.ShouldBe(1);
    }
}
