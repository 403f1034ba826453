using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Storage.Tests.DynamoDb;

/// <summary>Plan reads tables in parallel segments (issue #15); what they read must be exactly what one scan reads.</summary>
[Collection(Dynalite.CollectionName)]
[Trait("Category", "Integration")]
[Trait("Issue", "15")]
public sealed class ParallelScanTests(DynaliteFixture dynalite)
{
    [Fact]
    public async Task ReadAllAsync_InSegmentsOverSeveralPages_ReadsTheSameRowsInTheSameOrderAsOneScan()
    {
        // Arrange: 300 numbers, read 7 items a page so every segment takes several pages.
        var tables = await dynalite.CreateTablesAsync();
        using var client = dynalite.CreateClient();
        var tenant = SampleRoutingData.Tenant();
        var data = tenant with
        {
            DialedNumbers = [.. tenant.DialedNumbers, .. Enumerable.Range(0, 300).Select(i => new DialedNumber($"+1555{i:D7}", $"Line {i}", SampleRoutingData.QueueArn(i % 10), i % 2 == 0 ? "English" : "Spanish"))],
        };
        await new DynamoRoutingWriter(client, tables).WriteAsync(data, CancellationToken.None);
        var oneScan = new DynamoRoutingReader(client, tables) { Segments = 1, PageLimit = 7 };
        var sut = new DynamoRoutingReader(client, tables) { Segments = 5, PageLimit = 7 };

        // Act
        var expected = await oneScan.ReadAllAsync(CancellationToken.None);
        var actual = await sut.ReadAllAsync(CancellationToken.None);

        // Assert
        actual.DialedNumbers.Length.ShouldBe(304);
        actual.DialedNumbers.ShouldBe(expected.DialedNumbers);
        actual.Languages.ShouldBe(expected.Languages);
        actual.Environments.ShouldBe(expected.Environments);
        actual.DialedNumbers.Select(n => n.Number).ShouldBe(data.DialedNumbers.Select(n => n.Number).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Segments_Zero_IsRefusedNamingTheRange()
    {
        using var client = dynalite.CreateClient();

        var error = Should.Throw<ArgumentOutOfRangeException>(() => new DynamoRoutingReader(client, new RoutingTableNames("E", "D", "P")) { Segments = 0 });

        error.Message.ShouldContain("DynamoDB takes 1 to 1,000,000 segments.");
    }
}
