using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage.Config;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Storage.Tests.Config;

/// <summary>
/// Two applies planned from the same rows, forced into each interleaving by a proxy that holds one apply's request:
/// apply A moves the English number to French, apply B removes French and its number (issue #10 item 2).
/// </summary>
[Collection(Dynalite.CollectionName)]
[Trait("Category", "Integration")]
[Trait("Issue", "10")]
public sealed class ConcurrentApplyTests(DynaliteFixture dynalite)
{
    /// <summary>Where the held apply is stopped: its first write of any kind, or its first write of a routing row.</summary>
    public enum HoldAt
    {
        FirstWrite,
        FirstRowWrite,
    }

    [Theory]
    [InlineData("A", HoldAt.FirstWrite)]
    [InlineData("B", HoldAt.FirstWrite)]
    [InlineData("A", HoldAt.FirstRowWrite)]
    [InlineData("B", HoldAt.FirstRowWrite)]
    public async Task ApplyAsync_TwoAppliesPlannedTogether_NoNumberIsLeftOnAMissingLanguage(string held, HoldAt at)
    {
        // Arrange: both plans are made before either apply writes; each apply talks through its own proxy.
        var tables = await dynalite.CreateTablesAsync();
        using (var seed = dynalite.CreateClient())
        {
            await new DynamoRoutingWriter(seed, tables).WriteAsync(SampleRoutingData.Tenant(), CancellationToken.None);
        }

        await using var proxyA = new HoldingProxy(dynalite.ServiceUrl) { Delay = TimeSpan.FromMilliseconds(20) };
        await using var proxyB = new HoldingProxy(dynalite.ServiceUrl) { Delay = TimeSpan.FromMilliseconds(20) };
        using var clientA = ClientThrough(proxyA);
        using var clientB = ClientThrough(proxyB);
        var planA = await PlanAsync(clientA, tables, MoveEnglishNumberToFrench());
        var planB = await PlanAsync(clientB, tables, RemoveFrench());
        var (heldProxy, heldClient, heldPlan, otherClient, otherPlan) = held == "A"
            ? (proxyA, clientA, planA, clientB, planB)
            : (proxyB, clientB, planB, clientA, planA);
        var hold = heldProxy.HoldFirst((operation, body) => IsWrite(operation) && (at == HoldAt.FirstWrite || !body.Contains("\"dcc:", StringComparison.Ordinal)));

        // Act: the held apply reaches the proxy, the other runs to its end, then the held one goes on.
        var heldApply = new ConfigApplier(heldClient, tables).ApplyAsync(heldPlan, null, CancellationToken.None);
        await hold.Reached.WaitAsync(TimeSpan.FromSeconds(20));
        var otherResult = await new ConfigApplier(otherClient, tables).ApplyAsync(otherPlan, null, CancellationToken.None);
        hold.Release();
        var heldResult = await heldApply.WaitAsync(TimeSpan.FromSeconds(20));

        // Assert
        var (numbers, languages) = await RawNumberLanguagesAsync(tables);
        foreach (var (number, language) in numbers)
        {
            languages.ShouldContain(language, $"number {number} uses {language}, which is not in {tables.Prompts} (held {held} at {at})");
        }

        var failed = new[] { heldResult, otherResult }.Where(r => !r.Succeeded).ToList();
        failed.ShouldNotBeEmpty("one of the two applies must report the conflict");
        failed.ShouldAllBe(r => r.ConflictMessage!.StartsWith("DCC14", StringComparison.Ordinal));
    }

    private AmazonDynamoDBClient ClientThrough(HoldingProxy proxy) =>

        // A held request must not be timed out and retried by the SDK: that would send it twice.
        DynamoDbClientFactory.Create(dynalite.ClientOptions with { EndpointUrl = proxy.Url, AttemptTimeout = TimeSpan.FromSeconds(60), MaxRetries = 0 });

    private static bool IsWrite(string operation) => operation is "PutItem" or "UpdateItem" or "DeleteItem";

    private static RoutingData MoveEnglishNumberToFrench()
    {
        var data = SampleRoutingData.Tenant();
        return data with
        {
            DialedNumbers = [.. data.DialedNumbers.Select(n => n.Number == SampleRoutingData.EnglishNumber ? n with { Language = "French" } : n)],
        };
    }

    private static RoutingData RemoveFrench()
    {
        var data = SampleRoutingData.Tenant();
        return data with
        {
            DialedNumbers = [.. data.DialedNumbers.Where(n => n.Language != "French")],
            Languages = [.. data.Languages.Where(l => l.Language != "French")],
        };
    }

    private static async Task<ConfigPlan> PlanAsync(IAmazonDynamoDB client, RoutingTableNames tables, RoutingData desired) =>
        ConfigPlanner.Plan(desired, await new DynamoRoutingReader(client, tables).ReadAllAsync(CancellationToken.None));

    /// <summary>Each number's language and the languages there are, read directly from dynalite (not through the proxy or the code under test).</summary>
    private async Task<(List<(string Number, string Language)> Numbers, HashSet<string> Languages)> RawNumberLanguagesAsync(RoutingTableNames tables)
    {
        using var client = dynalite.CreateClient();
        var numbers = (await client.ScanAsync(new ScanRequest(tables.DialedNumbers) { ConsistentRead = true })).Items
            .Where(i => i.TryGetValue("language", out var language) && language.S is not null)
            .Select(i => (i["dialedNumber"].S, i["language"].S)).ToList();
        var languages = (await client.ScanAsync(new ScanRequest(tables.Prompts) { ConsistentRead = true })).Items
            .Select(i => i["language"].S).ToHashSet(StringComparer.Ordinal);
        return (numbers, languages);
    }
}
