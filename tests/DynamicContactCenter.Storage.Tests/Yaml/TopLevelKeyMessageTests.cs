using DynamicContactCenter.Storage.Yaml;

namespace DynamicContactCenter.Storage.Tests.Yaml;

/// <summary>
/// Issue #10 item 18: a wrong key at the root of a routing file is named clearly, never as "a key under " with an empty path.
/// Since SafeYaml (item 12) refuses every non-scalar key before the shape is read, the guard's message is the one users see.
/// </summary>
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
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe("DCC1063");
        diagnostic.Message.ShouldStartWith("a key is a list (expected a text key");
        diagnostic.Message.ShouldNotContain("under  ");
        diagnostic.Line.ShouldBe(1);
    }
}
