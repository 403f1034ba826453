using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Storage.Tests.Testing;

// The suite's own table set-up: a clean clone once failed every DynamoDB test of a project with ResourceInUseException
// because a slow CreateTable timed out on the client, was retried, and the retry found the table the first attempt made.
[Collection(Dynalite.CollectionName)]
[Trait("Category", "Integration")]
public sealed class DynaliteTablesTests(DynaliteFixture dynalite)
{
    [Fact]
    public async Task CreateAsync_FirstCreateTableAnswerLostAndRetried_TablesExistAndAreActive()
    {
        // Arrange: a client that retries, and whose first CreateTable reaches dynalite but whose answer never arrives.
        var names = RoutingTableNames.Default.WithPrefix($"lost-answer-{Guid.NewGuid():N}-");
        using var admin = LosingFirstCreateTableAnswer();

        // Act
        await DynaliteTables.CreateAsync(admin, names);

        // Assert
        using var client = dynalite.CreateClient();
        foreach (var table in new[] { names.Environments, names.DialedNumbers, names.Prompts })
        {
            (await client.DescribeTableAsync(table)).Table.TableStatus.ShouldBe(TableStatus.ACTIVE, table);
        }
    }

    [Fact]
    public async Task CreateAsync_TablesAlreadyThere_Succeeds()
    {
        // Arrange
        var names = RoutingTableNames.Default.WithPrefix($"twice-{Guid.NewGuid():N}-");
        using var admin = dynalite.CreateClient();
        await DynaliteTables.CreateAsync(admin, names);

        // Act
        await DynaliteTables.CreateAsync(admin, names);

        // Assert
        (await admin.DescribeTableAsync(names.Prompts)).Table.TableStatus.ShouldBe(TableStatus.ACTIVE);
    }

    [Fact]
    public async Task CreateAsync_TableThereWithAnotherKey_ThrowsNamingTableAndBothKeys()
    {
        // Arrange: an Environments table keyed on something else than "environment".
        var names = RoutingTableNames.Default.WithPrefix($"other-key-{Guid.NewGuid():N}-");
        using var admin = dynalite.CreateClient();
        await admin.CreateTableAsync(new CreateTableRequest
        {
            TableName = names.Environments,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = [new AttributeDefinition("id", ScalarAttributeType.S)],
            KeySchema = [new KeySchemaElement("id", KeyType.HASH)],
        });

        // Act
        var error = await Should.ThrowAsync<InvalidOperationException>(() => DynaliteTables.CreateAsync(admin, names));

        // Assert
        error.Message.ShouldBe($"Table {names.Environments} already exists with key [id HASH S], not the expected [environment HASH S].");
    }

    private AmazonDynamoDBClient LosingFirstCreateTableAnswer() => new(
        new BasicAWSCredentials("dcc-test", "dcc-test"),
        new AmazonDynamoDBConfig
        {
            ServiceURL = dynalite.ServiceUrl.ToString(),
            AuthenticationRegion = DynaliteFixture.Region,
            MaxErrorRetry = 2,
            RetryMode = RequestRetryMode.Standard,
            HttpClientFactory = new LosingFirstCreateTableAnswerFactory(),
        });

    private sealed class LosingFirstCreateTableAnswerFactory : HttpClientFactory
    {
        private readonly StrongBox<int> _createTables = new();

        public override HttpClient CreateHttpClient(IClientConfig clientConfig) =>
            new(new LosingFirstCreateTableAnswerHandler(new HttpClientHandler(), _createTables)) { Timeout = TimeSpan.FromMilliseconds(300) };
    }

    // Forwards every request; the first CreateTable's answer is then held until the client gives up on it, exactly
    // as when a loaded machine answers after the client's timeout.
    private sealed class LosingFirstCreateTableAnswerHandler(HttpMessageHandler inner, StrongBox<int> createTables) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var target = request.Headers.TryGetValues("X-Amz-Target", out var values) ? values.Single() : "";
            if (target.EndsWith(".CreateTable", StringComparison.Ordinal) && Interlocked.Increment(ref createTables.Value) == 1)
            {
                response.Dispose();
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            }

            return response;
        }
    }
}
