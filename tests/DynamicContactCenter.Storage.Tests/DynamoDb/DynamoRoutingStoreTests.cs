using Amazon.DynamoDBv2.Model;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Storage.Tests.DynamoDb;

[Collection(Dynalite.CollectionName)]
[Trait("Category", "Integration")]
public sealed class DynamoRoutingStoreTests(DynaliteFixture dynalite)
{
    [Fact]
    public async Task GetRows_AfterWriterSeeded_ReturnsWhatWasWritten()
    {
        // Arrange
        var tables = await dynalite.CreateTablesAsync();
        using var client = dynalite.CreateClient();
        var data = SampleRoutingData.Tenant();
        await new DynamoRoutingWriter(client, tables).WriteAsync(data, CancellationToken.None);
        var sut = new DynamoRoutingStore(client, tables);

        // Act
        var number = await sut.GetDialedNumberAsync(SampleRoutingData.SpanishNumber, CancellationToken.None);
        var fallback = await sut.GetDialedNumberAsync(DialedNumber.DefaultKey, CancellationToken.None);
        var french = await sut.GetPromptSetAsync("French", CancellationToken.None);
        var prod = await sut.GetEnvironmentAsync("prod", CancellationToken.None);

        // Assert
        number.ShouldBe(data.DialedNumbers[1]);
        fallback.ShouldBe(data.DialedNumbers[3]);
        french.ShouldBe(data.Languages[2]);
        prod.ShouldBe(data.Environments[0]);
    }

    [Fact]
    public async Task WriteAsync_SampleTenant_StoresTopLevelStringAttributesAsDesignSection3()
    {
        // Arrange
        var tables = await dynalite.CreateTablesAsync();
        using var client = dynalite.CreateClient();
        var sut = new DynamoRoutingWriter(client, tables);

        // Act
        await sut.WriteAsync(SampleRoutingData.Tenant(), CancellationToken.None);

        // Assert: read back through the raw client, as the original sample's Python functions would.
        var number = await client.GetItemAsync(tables.DialedNumbers, new() { ["dialedNumber"] = new AttributeValue(SampleRoutingData.FrenchNumber) });
        number.Item.ToDictionary(a => a.Key, a => a.Value.S).ShouldBe(new Dictionary<string, string>
        {
            ["dialedNumber"] = SampleRoutingData.FrenchNumber,
            ["name"] = "French line",
            ["queue"] = SampleRoutingData.QueueArn(3),
            ["language"] = "French",
        }, ignoreOrder: true);

        var prompts = await client.GetItemAsync(tables.Prompts, new() { ["language"] = new AttributeValue("Spanish") });
        prompts.Item.Keys.ShouldBe(["language", "voice", "languageCode", .. PromptNames.All], ignoreOrder: true);
        prompts.Item["voice"].S.ShouldBe("Lupe");
        prompts.Item["languageCode"].S.ShouldBe("es-US");
        prompts.Item["waitPrompt"].S.ShouldBe("Spanish waitPrompt for Alpha to Zulu Corp.");

        var environment = await client.GetItemAsync(tables.Environments, new() { ["environment"] = new AttributeValue("dev") });
        environment.Item["getPrompts"].S.ShouldBe(SampleRoutingData.FunctionArn("dev", "GetPrompts"));
        environment.Item["getDynamicAttributes"].S.ShouldBe(SampleRoutingData.FunctionArn("dev", "GetDynAttributes"));
    }

    [Theory]
    [InlineData("+19999999999")]
    [InlineData("")]
    public async Task GetDialedNumberAsync_NoSuchRow_ReturnsNull(string number)
    {
        // Arrange
        var tables = await dynalite.CreateTablesAsync();
        using var client = dynalite.CreateClient();
        var sut = new DynamoRoutingStore(client, tables);

        // Act
        var row = await sut.GetDialedNumberAsync(number, CancellationToken.None);

        // Assert
        row.ShouldBeNull();
    }

    [Fact]
    public async Task GetPromptSetAsync_MissingTable_ThrowsRoutingStoreExceptionNamingTableAndKey()
    {
        // Arrange
        using var client = dynalite.CreateClient();
        var sut = new DynamoRoutingStore(client, RoutingTableNames.Default.WithPrefix("missing-"));

        // Act
        var error = await Should.ThrowAsync<RoutingStoreException>(async () => await sut.GetPromptSetAsync("Spanish", CancellationToken.None));

        // Assert
        error.Message.ShouldStartWith("DCC1301: reading Prompts key \"Spanish\" from DynamoDB table missing-Prompts failed: the table does not exist");
        error.Table.ShouldBe(RoutingTable.Prompts);
        error.TableName.ShouldBe("missing-Prompts");
        error.Key.ShouldBe("Spanish");
        error.InnerException.ShouldBeOfType<ResourceNotFoundException>();
    }

    [Fact]
    public async Task GetEnvironmentAsync_NothingListening_ThrowsRoutingStoreExceptionAfterRetries()
    {
        // Arrange: a loopback port nobody listens on.
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var options = dynalite.ClientOptions with { EndpointUrl = new Uri($"http://127.0.0.1:{port}/"), AttemptTimeout = TimeSpan.FromMilliseconds(500) };
        using var client = DynamoDbClientFactory.Create(options);
        var sut = new DynamoRoutingStore(client, RoutingTableNames.Default);

        // Act
        var error = await Should.ThrowAsync<RoutingStoreException>(async () => await sut.GetEnvironmentAsync("prod", CancellationToken.None));

        // Assert
        error.Message.ShouldStartWith("DCC1301: reading Environments key \"prod\" from DynamoDB table Environments failed:");
        error.TableName.ShouldBe("Environments");
    }

    [Fact]
    public async Task GetDialedNumberAsync_RowWithoutQueue_ThrowsNamingTheMissingAttribute()
    {
        // Arrange
        var tables = await dynalite.CreateTablesAsync();
        using var client = dynalite.CreateClient();
        await client.PutItemAsync(tables.DialedNumbers, new()
        {
            ["dialedNumber"] = new AttributeValue("+15550001111"),
            ["name"] = new AttributeValue("Broken line"),
            ["language"] = new AttributeValue("English"),
        });
        var sut = new DynamoRoutingStore(client, tables);

        // Act
        var error = await Should.ThrowAsync<RoutingStoreException>(async () => await sut.GetDialedNumberAsync("+15550001111", CancellationToken.None));

        // Assert
        error.Message.ShouldBe($"DCC1305: the DialedNumbers row \"+15550001111\" in DynamoDB table {tables.DialedNumbers} has no string attribute queue (expected a queue ARN)");
    }
}
