using DynamicContactCenter.Flows.Catalog;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Tests.Instance;

namespace DynamicContactCenter.Flows.Tests.Parsing;

public sealed class ShippedFlowsTests
{
    [Theory]
    [InlineData("InitFlow")]
    [InlineData("LanguageFlow")]
    [InlineData("MainFlow")]
    [InlineData("CustomerQueueFlow")]
    public void Resolve_ShippedFlowThroughRepositoryInstance_ParsesWithoutErrors(string name)
    {
        // Arrange
        var instance = InstanceModelLoader.LoadFile(Path.Combine(InstanceModelLoaderTests.RepositoryRoot(), "config", "instance.yaml")).Value!;
        var sut = new FlowCatalog(instance);

        // Act
        var result = sut.Resolve(name);

        // Assert
        result.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        result.Flow.ShouldNotBeNull().Actions.ShouldNotBeEmpty();
        result.Arn.ShouldBe(instance.FindFlow(name)!.Arn);
    }
}
