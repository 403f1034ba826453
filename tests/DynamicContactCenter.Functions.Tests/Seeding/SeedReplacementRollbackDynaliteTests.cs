using System.Text.Json;
using Amazon.DynamoDBv2;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Functions.Tests.TestHelpers;
using DynamicContactCenter.Storage.Config;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Storage.Yaml;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Functions.Tests.Seeding;

/// <summary>
/// A replacement that CloudFormation rolls back (issue #10, Done-when): it created the NEW seeding resource, which overwrote
/// the old one's rows, then a later resource failed and the rollback deletes the new one while the old one stays live. That
/// Delete hands the rows back as the old resource wrote them; and when the update succeeds instead, the old resource's Delete
/// lets go of them, so the stack's final Delete still empties the tables. End to end: the function, dynalite, a loopback ResponseURL.
/// </summary>
[Collection(Dynalite.CollectionName)]
[Trait("Category", "Integration")]
public sealed class SeedReplacementRollbackDynaliteTests(DynaliteFixture dynalite) : IDisposable
{
    private readonly ResponseUrlServer _responseUrl = new();
    private readonly AmazonDynamoDBClient _client = dynalite.CreateClient();

    public void Dispose()
    {
        _responseUrl.Dispose();
        _client.Dispose();
    }

    [Fact]
    public async Task Replacement_RolledBack_DeleteOfTheNewOneHandsEveryRowBackAsTheOldOneWroteIt()
    {
        // Arrange: the old resource serves Omega Widgets; the renamed one (a replacement) writes Zeta Gadgets over the same rows.
        var (sut, tables) = await StartAsync();
        var oldId = await AnswerIdAsync(sut, SeedRequests.Create(_responseUrl.Url, SeedRequests.Properties("Omega Widgets"), requestId: "create-old", logicalId: "RoutingData"));
        var served = await ExportAsync(tables);
        var newId = await AnswerIdAsync(sut, SeedRequests.Create(_responseUrl.Url, SeedRequests.Properties("Zeta Gadgets"), requestId: "create-new", logicalId: "SeedData"));
        (await ExportAsync(tables)).ShouldContain("Zeta Gadgets");

        // Act: a later resource of the update failed; the rollback deletes the new resource.
        var rollback = await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Delete(_responseUrl.Url, newId, SeedRequests.Properties("Zeta Gadgets"), logicalId: "SeedData"));

        // Assert: every row is back as the old, still live, resource wrote it, and is its own again: its Delete removes them all.
        rollback.Succeeded.ShouldBeTrue(rollback.ErrorMessage);
        (await ExportAsync(tables)).ShouldBe(served);
        var stackDelete = await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Delete(_responseUrl.Url, oldId, logicalId: "RoutingData"));
        stackDelete.Succeeded.ShouldBeTrue(stackDelete.ErrorMessage);
        var left = await new DynamoRoutingReader(_client, tables).ReadAllAsync(CancellationToken.None);
        left.Keys.Count.ShouldBe(0);
    }

    [Fact]
    public async Task Replacement_Succeeded_OldDeleteLetsGoSoTheNewOnesDeleteEmptiesTheTables()
    {
        // Arrange: create the new resource, then CloudFormation's clean-up deletes the old one.
        var (sut, tables) = await StartAsync();
        var oldId = await AnswerIdAsync(sut, SeedRequests.Create(_responseUrl.Url, SeedRequests.Properties("Omega Widgets"), requestId: "create-old", logicalId: "RoutingData"));
        var newId = await AnswerIdAsync(sut, SeedRequests.Create(_responseUrl.Url, SeedRequests.Properties("Zeta Gadgets"), requestId: "create-new", logicalId: "SeedData"));
        var cleanup = await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Delete(_responseUrl.Url, oldId, logicalId: "RoutingData"));
        cleanup.Succeeded.ShouldBeTrue(cleanup.ErrorMessage);
        (await ExportAsync(tables)).ShouldContain("Zeta Gadgets");

        // Act: the stack is deleted later.
        var stackDelete = await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Delete(_responseUrl.Url, newId, SeedRequests.Properties("Zeta Gadgets"), logicalId: "SeedData"));

        // Assert: nothing is handed back to a resource that no longer exists.
        stackDelete.Succeeded.ShouldBeTrue(stackDelete.ErrorMessage);
        var left = await new DynamoRoutingReader(_client, tables).ReadAllAsync(CancellationToken.None);
        left.Keys.Count.ShouldBe(0);
    }

    private async Task<(FunctionHost Sut, RoutingTableNames Tables)> StartAsync()
    {
        var tables = await dynalite.CreateTablesAsync();
        var sut = new FunctionHost(new DynamoRoutingStore(_client, tables), new FunctionHostOptions { SeedTarget = new DynamoRoutingWriter(_client, tables), AllowLoopbackResponseUrl = true });
        return (sut, tables);
    }

    private async Task<string> AnswerIdAsync(FunctionHost sut, string request)
    {
        var result = await sut.InvokeAsync(FunctionNames.SeedTables, request);
        result.Succeeded.ShouldBeTrue(result.ErrorMessage);
        return JsonDocument.Parse(_responseUrl.Received[^1].Body).RootElement.GetProperty("PhysicalResourceId").GetString()!;
    }

    /// <summary>Every row's every value as text.</summary>
    private async Task<string> ExportAsync(RoutingTableNames tables)
    {
        var rows = await new DynamoRoutingReader(_client, tables).ReadAllAsync(CancellationToken.None);
        return RoutingYamlWriter.Write(rows.ToRoutingData("Any", "English"), restoreOrganisationPlaceholder: false);
    }
}
