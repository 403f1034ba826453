using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Tests.TestSupport;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Catalog;

public sealed class FlowCatalogTests
{
    [Theory]
    [InlineData("Main")]
    [InlineData("Main-id")]
    [InlineData(CallHarness.InstanceArn + "/contact-flow/Main-id")]
    [InlineData("flows/Main.json")]
    public void Resolve_NameIdArnOrRelativeFile_FindsTheFlow(string reference)
    {
        // Arrange
        using var harness = new CallHarness(("Main", Flow(Disconnect())));

        // Act
        var result = harness.Catalog.Resolve(reference);

        // Assert
        result.Flow.ShouldNotBeNull().Name.ShouldBe("Main");
        result.Arn.ShouldBe(CallHarness.InstanceArn + "/contact-flow/Main-id");
    }

    [Fact]
    public void Resolve_SameFlowTwice_ParsesOnce()
    {
        // Arrange
        using var harness = new CallHarness(("Main", Flow(Disconnect())));

        // Act / Assert
        harness.Catalog.Resolve("Main").Flow.ShouldBeSameAs(harness.Catalog.Resolve("Main").Flow);
    }

    [Fact]
    public void Resolve_Unknown_ReportsUnknownFlow()
    {
        // Arrange
        using var harness = new CallHarness();

        // Act
        var result = harness.Catalog.Resolve("Ghost");

        // Assert
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(FlowMessages.UnknownFlow.Code);
    }
}
