using System.Diagnostics;
using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using DynamicContactCenter.Benchmarks.Infrastructure;
using DynamicContactCenter.Storage.Config;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Storage.Yaml;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Benchmarks.ConfigLatency;

/// <summary>
/// <c>dcc config apply</c> and <c>plan</c> at network latency (issue #15): the same planner, applier and reader the
/// commands run, against dynalite behind the loopback latency proxy (<see cref="HoldingProxy"/> with a fixed delay per
/// request), apply of N new rows at concurrency 1 and at the default, plan of the same N rows with no changes read in one
/// scan and in the default segments. Prints a Markdown table; speed is measured here, never asserted in tests.
/// </summary>
internal static class ConfigLatencyBench
{
    /// <summary>The seed of the generated numbers, so anyone can reproduce the rows.</summary>
    public const int Seed = 15;

    public static async Task<string> RunAsync(string root, int rows, TimeSpan latency, TextWriter progress)
    {
        await progress.WriteLineAsync($"bench: config at {latency.TotalMilliseconds:0} ms per request, {rows:N0} generated rows (seed {Seed})");
        await using var dynalite = await DynaliteServer.StartAsync(root);
        await using var proxy = new HoldingProxy(dynalite.ServiceUrl, TimeSpan.FromHours(1)) { Delay = latency };
        var data = ScaleRoutingData.Generate(RoutingYamlLoader.LoadEmbedded(), rows, Seed);
        var lines = new List<string>
        {
            $"| measure ({rows:N0} generated rows + the sample's, {latency.TotalMilliseconds:0} ms per request) | seconds | rows/s |",
            "|---|---:|---:|",
        };

        double? serial = null;
        foreach (var concurrency in new[] { 1, ConfigApplier.DefaultConcurrency })
        {
            var tables = await CreateTablesAsync(dynalite, $"c{concurrency}-");
            using var client = Client(proxy.Url);
            var plan = ConfigPlanner.Plan(data, await new DynamoRoutingReader(client, tables).ReadAllAsync(CancellationToken.None));
            var clock = Stopwatch.StartNew();
            var result = await new ConfigApplier(client, tables) { Concurrency = concurrency }.ApplyAsync(plan, null, CancellationToken.None);
            clock.Stop();
            if (!result.Succeeded || result.Written != plan.Changes.Length)
            {
                throw new InvalidOperationException($"apply at concurrency {concurrency} did not write every row: {result.ConflictMessage}");
            }

            serial ??= clock.Elapsed.TotalSeconds;
            var ratio = concurrency == 1 ? "" : $" ({clock.Elapsed.TotalSeconds / serial.Value:0.000}× concurrency 1)";
            lines.Add($"| `config apply`, {plan.Changes.Length:N0} new rows, concurrency {concurrency}{ratio} | {clock.Elapsed.TotalSeconds:0.0} | {plan.Changes.Length / clock.Elapsed.TotalSeconds:N0} |");
            await progress.WriteLineAsync("bench: " + lines[^1]);
        }

        {
            var tables = await CreateTablesAsync(dynalite, "c" + ConfigApplier.DefaultConcurrency.ToString(CultureInfo.InvariantCulture) + "-", create: false);
            using var client = Client(proxy.Url);
            double? oneScan = null;
            foreach (var segments in new[] { 1, DynamoRoutingReader.DefaultSegments })
            {
                var clock = Stopwatch.StartNew();
                var plan = ConfigPlanner.Plan(data, await new DynamoRoutingReader(client, tables) { Segments = segments }.ReadAllAsync(CancellationToken.None));
                clock.Stop();
                if (plan.HasChanges)
                {
                    throw new InvalidOperationException("plan after apply should find no changes.");
                }

                oneScan ??= clock.Elapsed.TotalSeconds;
                var ratio = segments == 1 ? "" : $" ({clock.Elapsed.TotalSeconds / oneScan.Value:0.000}× one scan)";
                lines.Add($"| `config plan`, {data.DialedNumbers.Length:N0} numbers, no changes, {segments} segment{(segments == 1 ? "" : "s")} per table{ratio} | {clock.Elapsed.TotalSeconds:0.00} | |");
                await progress.WriteLineAsync("bench: " + lines[^1]);
            }
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static AmazonDynamoDBClient Client(Uri endpoint) => DynamoDbClientFactory.Create(new DynamoDbClientOptions
    {
        Region = DynaliteServer.Region,
        EndpointUrl = endpoint,
        Credentials = new BasicAWSCredentials(DynaliteServer.AccessKey, DynaliteServer.AccessKey),
        AttemptTimeout = TimeSpan.FromSeconds(10),
    });

    /// <summary>Empty tables of their own, created directly on dynalite (setting up is not measured).</summary>
    private static async Task<RoutingTableNames> CreateTablesAsync(DynaliteServer dynalite, string prefix, bool create = true)
    {
        var tables = RoutingTableNames.Default.WithPrefix(prefix);
        if (!create)
        {
            return tables;
        }

        using var client = dynalite.CreateClient();
        foreach (var request in RoutingTableSchema.CreateTableRequests(tables))
        {
            await client.CreateTableAsync(request);
            for (var i = 0; i < 100 && (await client.DescribeTableAsync(request.TableName)).Table.TableStatus != TableStatus.ACTIVE; i++)
            {
                await Task.Delay(20);
            }
        }

        return tables;
    }
}
