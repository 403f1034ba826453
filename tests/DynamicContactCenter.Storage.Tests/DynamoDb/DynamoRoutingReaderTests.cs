using DynamicContactCenter.Routing;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Storage.Yaml;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Storage.Tests.DynamoDb;

[Collection(Dynalite.CollectionName)]
[Trait("Category", "Integration")]
public sealed class DynamoRoutingReaderTests(DynaliteFixture dynalite)
{
    [Fact]
    public async Task ReadAllAsync_ShippedRoutingYamlApplied_ReadsBackTheSameRowsSortedByKey()
    {
        // Arrange
        var tables = await dynalite.CreateTablesAsync();
        using var client = dynalite.CreateClient();
        var data = RoutingYamlLoader.LoadFile(RepositoryPaths.RoutingYaml).Value!;
        await new DynamoRoutingWriter(client, tables).WriteAsync(data, CancellationToken.None);
        var sut = new DynamoRoutingReader(client, tables);

        // Act
        var rows = await sut.ReadAllAsync(CancellationToken.None);

        // Assert
        var exported = rows.ToRoutingData(data.Organisation, data.DefaultLanguage);
        exported.Environments.ShouldBe(data.Environments.OrderBy(e => e.Environment, StringComparer.Ordinal));
        exported.DialedNumbers.ShouldBe(data.DialedNumbers.OrderBy(n => n.Number, StringComparer.Ordinal));
        exported.Languages.ShouldBe(data.Languages.OrderBy(l => l.Language, StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReadAllAsync_MissingTable_ThrowsNamingIt()
    {
        // Arrange
        var tables = await dynalite.CreateTablesAsync();
        using var client = dynalite.CreateClient();
        var sut = new DynamoRoutingReader(client, tables with { Environments = "missing-Environments" });

        // Act
        var error = await Should.ThrowAsync<RoutingStoreException>(() => sut.ReadAllAsync(CancellationToken.None));

        // Assert
        error.Message.ShouldStartWith("DCC1304: scanning DynamoDB table missing-Environments (Environments) failed: the table does not exist");
    }
}
