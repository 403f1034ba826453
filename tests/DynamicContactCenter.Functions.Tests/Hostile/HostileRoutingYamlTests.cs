using DynamicContactCenter.Functions.Configuration;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Functions.Seeding;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Functions.Tests.Hostile;

/// <summary>Issue #10 item 12 where the functions read YAML: DCC_ROUTING_FILE at init and SeedTables' RoutingYaml property.</summary>
public sealed class HostileRoutingYamlTests
{
    [Theory]
    [InlineData(9)]
    [InlineData(24)]
    public async Task RoutingStoreFactory_AliasBombRoutingFile_IsAnInitErrorBeforeAnyDocumentIsBuilt(int depth)
    {
        // Arrange
        var path = Path.Combine(Path.GetTempPath(), $"routing-bomb-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(path, HostileYaml.AliasBomb(depth));

        try
        {
            // Act (the 10 s wait is a hang guard, not a speed check: the refusal code shows the alias cap fired before a document was built)
            var (store, _, error) = await Task.Run(() => RoutingStoreFactory.Create(new FunctionSettings { RoutingFile = path }, TimeProvider.System))
                .WaitAsync(TimeSpan.FromSeconds(10));

            // Assert
            store.ShouldBeNull();
            error.ShouldNotBeNull();
            error.ShouldContain(FunctionMessages.RoutingFile.Code);
            error.ShouldContain($"{path}:");
            error.ShouldContain("DCC1062");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(9)]
    [InlineData(24)]
    public async Task SeedTemplate_AliasBombProperty_IsACleanErrorBeforeAnyDocumentIsBuilt(int depth)
    {
        // Act (the 10 s wait is a hang guard, not a speed check: the refusal code shows the alias cap fired before a document was built)
        var result = await Task.Run(() => SeedTemplate.LoadLanguages(HostileYaml.AliasBomb(depth))).WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        result.Succeeded.ShouldBeFalse();
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe("DCC1062");
        error.File.ShouldBe(SeedTemplate.RoutingYamlFile);
    }
}
