using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Routing.Tests.Model;

public sealed class RoutingKeysTests
{
    [Fact]
    public void Of_SampleTenant_ListsEveryRowKeyInOrder()
    {
        // Act
        var keys = RoutingKeys.Of(SampleRoutingData.Tenant());

        // Assert
        keys.Environments.ShouldBe(["prod", "dev"]);
        keys.DialedNumbers.ShouldBe(["+14443330000", "+14443331111", "+14443332222", "default"]);
        keys.Languages.ShouldBe(["English", "Spanish", "French"]);
        keys.Count.ShouldBe(9);
    }

    [Fact]
    public void Except_UpdateDroppedRows_ReturnsOnlyTheDroppedKeys()
    {
        // Arrange
        var before = RoutingKeys.Of(SampleRoutingData.Tenant());
        var after = new RoutingKeys(["prod"], ["+14443330000", "default"], ["English"]);

        // Act
        var dropped = before.Except(after);

        // Assert
        dropped.ShouldBe(new RoutingKeys(["dev"], ["+14443331111", "+14443332222"], ["Spanish", "French"]));
    }

    [Fact]
    public void Equals_RoutingDataBuiltTwice_IsEqualByValue()
    {
        // Act
        var first = SampleRoutingData.Tenant();
        var second = SampleRoutingData.Tenant();

        // Assert
        first.ShouldBe(second);
        (first with { Organisation = "Other" }).ShouldNotBe(second);
    }
}
