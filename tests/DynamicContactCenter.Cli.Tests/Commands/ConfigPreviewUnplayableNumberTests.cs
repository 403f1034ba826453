using DynamicContactCenter.Cli.Calls;
using DynamicContactCenter.Local.Preview;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Storage.Yaml;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Commands;

/// <summary>Issue #14: <c>dcc config plan --preview</c> says why a number ends in the error path (its queue is not in the instance model),
/// the rule the routing matrix fails such a number by.</summary>
public sealed class ConfigPreviewUnplayableNumberTests
{
    private const string MissingQueue = "arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-0000-0000-0000-0000000000ff";

    [Fact]
    public async Task Preview_NumberWhoseQueueIsNotInTheInstance_NamesTheMissingQueue()
    {
        // Arrange: the file adds a number whose queue the instance does not have; nothing is live yet.
        var sample = RoutingYamlLoader.LoadEmbedded();
        var desired = sample with { DialedNumbers = [.. sample.DialedNumbers, new DialedNumber("+14443339999", "Lost line", MissingQueue, "English")] };
        var loaded = await CallEnvironment.LoadInstanceAsync(RepositoryPaths.Combine("config", "instance.yaml"), TextWriter.Null);

        // Act
        var previews = await ConfigPreview.RunAsync(desired, new RoutingRows([], [], []), loaded!.Value.Instance, loaded.Value.Catalog,
            DateTimeOffset.Parse("2026-11-24T10:00:00-05:00", System.Globalization.CultureInfo.InvariantCulture), TimeProvider.System, CancellationToken.None);

        // Assert: the lost number's after-side ends with the reason; a playable number's does not.
        var lost = previews.Single(p => p.Number == "+14443339999");
        lost.After[^1].ShouldStartWith($"error path: queue '{MissingQueue}' is not a queue of the instance model (expected one of: English, Spanish, French");
        previews.Single(p => p.Number == "+14443332222").After.ShouldNotContain(line => line.StartsWith("error path:", StringComparison.Ordinal));
    }
}
