using System.Text.Json;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Functions.Tests.TestHelpers;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Functions.Tests.Seeding;

[Collection(Dynalite.CollectionName)]
[Trait("Category", "Integration")]
public sealed class SeedTablesDynaliteTests(DynaliteFixture dynalite) : IDisposable
{
    private readonly ResponseUrlServer _responseUrl = new();

    public void Dispose() => _responseUrl.Dispose();

    [Fact]
    public async Task CreateThenDelete_RealTables_WritesEveryRowThenRemovesThem()
    {
        // Arrange
        var tables = await dynalite.CreateTablesAsync();
        using var client = dynalite.CreateClient();
        var store = new DynamoRoutingStore(client, tables);
        var sut = new FunctionHost(store, new FunctionHostOptions { SeedTarget = new DynamoRoutingWriter(client, tables), AllowLoopbackResponseUrl = true });

        // Act
        var created = await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Create(_responseUrl.Url));
        var physicalId = JsonDocument.Parse(_responseUrl.Received[0].Body).RootElement.GetProperty("PhysicalResourceId").GetString()!;
        var afterCreate = await new DynamoRoutingReader(client, tables).ReadAllAsync(CancellationToken.None);
        var spanish = await store.GetPromptSetAsync("Spanish", CancellationToken.None);
        var deleted = await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Delete(_responseUrl.Url, physicalId));
        var afterDelete = await new DynamoRoutingReader(client, tables).ReadAllAsync(CancellationToken.None);

        // Assert
        created.Succeeded.ShouldBeTrue(created.ErrorMessage);
        afterCreate.Environments.Select(e => e.Environment).ShouldBe(["prod"]);
        afterCreate.DialedNumbers.Select(n => n.Number).ShouldBe([SampleRoutingData.EnglishNumber, SampleRoutingData.SpanishNumber], ignoreOrder: true);
        afterCreate.Languages.Select(l => l.Language).ShouldBe(["English", "French", "Spanish"], ignoreOrder: true);
        spanish!.Prompts[PromptNames.Hold].ShouldContain("Omega Widgets");
        deleted.Succeeded.ShouldBeTrue(deleted.ErrorMessage);
        afterDelete.Keys.Count.ShouldBe(0);
        _responseUrl.Received.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("Status").GetString()).ShouldBe(["SUCCESS", "SUCCESS"]);
    }

    [Fact]
    public async Task Create_InvalidData_PutsFailedAndLeavesTheTablesEmpty()
    {
        // Arrange
        var tables = await dynalite.CreateTablesAsync();
        using var client = dynalite.CreateClient();
        var sut = new FunctionHost(new DynamoRoutingStore(client, tables), new FunctionHostOptions { SeedTarget = new DynamoRoutingWriter(client, tables), AllowLoopbackResponseUrl = true });

        // Act
        await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Create(_responseUrl.Url, SeedRequests.Properties(queue: "not-a-queue-arn")));
        var rows = await new DynamoRoutingReader(client, tables).ReadAllAsync(CancellationToken.None);

        // Assert
        var body = JsonDocument.Parse(_responseUrl.Received.Single().Body).RootElement;
        body.GetProperty("Status").GetString().ShouldBe("FAILED");
        body.GetProperty("Reason").GetString()!.ShouldContain("not-a-queue-arn");
        rows.Keys.Count.ShouldBe(0);
    }

    [Fact]
    public async Task Create_MissingTable_PutsFailedNamingTheStoreError()
    {
        // Arrange: tables that were never created.
        using var client = dynalite.CreateClient();
        var missing = RoutingTableNames.Default.WithPrefix("never-created-");
        var sut = new FunctionHost(new DynamoRoutingStore(client, missing), new FunctionHostOptions { SeedTarget = new DynamoRoutingWriter(client, missing), AllowLoopbackResponseUrl = true });

        // Act
        await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Create(_responseUrl.Url));

        // Assert
        var body = JsonDocument.Parse(_responseUrl.Received.Single().Body).RootElement;
        body.GetProperty("Status").GetString().ShouldBe("FAILED");
        body.GetProperty("Reason").GetString()!.ShouldStartWith(FunctionMessages.SeedStoreFailed.Code);
        body.GetProperty("Reason").GetString()!.ShouldContain("never-created-");
    }
}
