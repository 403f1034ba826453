using Amazon.DynamoDBv2.Model;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Storage.Tests.DynamoDb;

[Collection(Dynalite.CollectionName)]
[Trait("Category", "Integration")]
public sealed class DynamoRoutingWriterTests(DynaliteFixture dynalite)
{
    [Fact]
    public async Task WriteAsync_SampleTenant_ReportsEveryKeyWritten()
    {
        // Arrange
        var tables = await dynalite.CreateTablesAsync();
        using var client = dynalite.CreateClient();
        var sut = new DynamoRoutingWriter(client, tables);

        // Act
        var written = await sut.WriteAsync(SampleRoutingData.Tenant(), CancellationToken.None);

        // Assert
        written.ShouldBe(RoutingKeys.Of(SampleRoutingData.Tenant()));
        (await KeysIn(client, tables)).ShouldBe(new RoutingKeys(["dev", "prod"], ["+14443330000", "+14443331111", "+14443332222", "default"], ["English", "French", "Spanish"]));
    }

    [Fact]
    public async Task WriteAsync_PromptsTableMissing_WritesNoNumberBeforeItsLanguage()
    {
        // Arrange: environments and numbers can be written, languages cannot.
        var tables = await dynalite.CreateTablesAsync();
        using var client = dynalite.CreateClient();
        var sut = new DynamoRoutingWriter(client, tables with { Prompts = "missing-Prompts" });

        // Act
        var error = await Should.ThrowAsync<RoutingStoreException>(() => sut.WriteAsync(SampleRoutingData.Tenant(), CancellationToken.None));

        // Assert
        error.Message.ShouldStartWith("DCC1302: writing Prompts key \"English\" to DynamoDB table missing-Prompts failed after 2 of 9 rows were written");
        var left = await KeysIn(client, tables);
        left.Environments.ShouldBe(["dev", "prod"]);
        left.DialedNumbers.ShouldBeEmpty();
    }

    [Fact]
    public async Task WriteAsync_InvalidData_ThrowsAndWritesNothing()
    {
        // Arrange
        var tables = await dynalite.CreateTablesAsync();
        using var client = dynalite.CreateClient();
        var sut = new DynamoRoutingWriter(client, tables);
        var data = SampleRoutingData.Tenant();
        data = data with { DialedNumbers = data.DialedNumbers.Add(new DialedNumber("+15550001111", "German line", SampleRoutingData.QueueArn(4), "German")) };

        // Act
        var error = await Should.ThrowAsync<ArgumentException>(() => sut.WriteAsync(data, CancellationToken.None));

        // Assert
        error.Message.ShouldContain("DCC1306");
        error.Message.ShouldContain("DCC1003");
        (await KeysIn(client, tables)).Count.ShouldBe(0);
    }

    [Fact]
    public async Task DeleteAsync_KeysWritten_RemovesEveryRowAndIgnoresAbsentOnes()
    {
        // Arrange
        var tables = await dynalite.CreateTablesAsync();
        using var client = dynalite.CreateClient();
        var sut = new DynamoRoutingWriter(client, tables);
        var written = await sut.WriteAsync(SampleRoutingData.Tenant(), CancellationToken.None);

        // Act
        var deleted = await sut.DeleteAsync(written with { Languages = written.Languages.Add("Klingon") }, CancellationToken.None);

        // Assert
        deleted.Languages.ShouldContain("Klingon");
        (await KeysIn(client, tables)).Count.ShouldBe(0);
    }

    [Fact]
    public async Task DeleteAsync_DialedNumbersTableMissing_DeletesNoLanguageBeforeTheNumbers()
    {
        // Arrange
        var tables = await dynalite.CreateTablesAsync();
        using var client = dynalite.CreateClient();
        var written = await new DynamoRoutingWriter(client, tables).WriteAsync(SampleRoutingData.Tenant(), CancellationToken.None);
        var sut = new DynamoRoutingWriter(client, tables with { DialedNumbers = "missing-DialedNumbers" });

        // Act
        var error = await Should.ThrowAsync<RoutingStoreException>(() => sut.DeleteAsync(written, CancellationToken.None));

        // Assert
        error.Message.ShouldStartWith("DCC1303: deleting DialedNumbers key \"+14443330000\" from DynamoDB table missing-DialedNumbers failed after 0 of 9 rows were deleted");
        (await KeysIn(client, tables)).Languages.ShouldBe(["English", "French", "Spanish"]);
    }

    private static async Task<RoutingKeys> KeysIn(Amazon.DynamoDBv2.AmazonDynamoDBClient client, RoutingTableNames tables)
    {
        async Task<string[]> Scan(string table, string key) =>
            [.. ((await client.ScanAsync(new ScanRequest(table))).Items ?? []).Select(i => i[key].S).Order(StringComparer.Ordinal)];

        return new RoutingKeys(
            [.. await Scan(tables.Environments, "environment")],
            [.. await Scan(tables.DialedNumbers, "dialedNumber")],
            [.. await Scan(tables.Prompts, "language")]);
    }
}
