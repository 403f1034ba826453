using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Storage.Yaml;

namespace DynamicContactCenter.Benchmarks.Infrastructure;

/// <summary>
/// dynalite (the repository's pinned npm package, <c>node node_modules/dynalite/cli.js</c>) on a free 127.0.0.1 port, in memory,
/// with the three routing tables created and seeded with the embedded routing.yaml: the same tables every function reads.
/// </summary>
internal sealed class DynaliteServer : IAsyncDisposable
{
    /// <summary>The region every client signs for; dynalite accepts any.</summary>
    public const string Region = "us-east-1";

    /// <summary>Dummy credentials: dynalite checks the signature's shape, not its keys.</summary>
    public const string AccessKey = "dcc-bench";

    private readonly Process _process;

    private DynaliteServer(Process process, Uri serviceUrl)
    {
        _process = process;
        ServiceUrl = serviceUrl;
    }

    /// <summary>The endpoint, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri ServiceUrl { get; }

    /// <summary>The table names (the defaults: Environments, DialedNumbers, Prompts).</summary>
    public static RoutingTableNames Tables => RoutingTableNames.Default;

    /// <summary>What a function process needs to read these tables: region, endpoint, dummy credentials, table names.</summary>
    public IReadOnlyDictionary<string, string> FunctionEnvironment => new Dictionary<string, string>
    {
        ["AWS_REGION"] = Region,
        ["AWS_DEFAULT_REGION"] = Region,
        [DynamoDbClientFactory.ServiceEndpointVariable] = ServiceUrl.ToString(),
        ["AWS_ACCESS_KEY_ID"] = AccessKey,
        ["AWS_SECRET_ACCESS_KEY"] = AccessKey,
        [RoutingTableNames.EnvironmentsVariable] = Tables.Environments,
        [RoutingTableNames.DialedNumbersVariable] = Tables.DialedNumbers,
        [RoutingTableNames.PromptsVariable] = Tables.Prompts,
    };

    /// <summary>Starts dynalite from <paramref name="repositoryRoot"/>'s node_modules, creates and seeds the tables.</summary>
    public static async Task<DynaliteServer> StartAsync(string repositoryRoot)
    {
        var cli = Path.Combine(repositoryRoot, "node_modules", "dynalite", "cli.js");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"{cli} is missing: run `npm ci` at the repository root (bench/run.sh does).");
        }

        var port = FreePort();
        var start = new ProcessStartInfo("node", [cli, "--host", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture),
            "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.Contains("listening", StringComparison.OrdinalIgnoreCase) == true)
            {
                listening.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var first = await Task.WhenAny(listening.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(30)));
        if (first != listening.Task)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            throw new InvalidOperationException($"dynalite did not start listening on 127.0.0.1:{port}.");
        }

        var server = new DynaliteServer(process, new Uri($"http://127.0.0.1:{port}/"));
        await server.CreateAndSeedAsync();
        return server;
    }

    /// <summary>A real SDK client for this dynalite.</summary>
    public AmazonDynamoDBClient CreateClient() => DynamoDbClientFactory.Create(new DynamoDbClientOptions
    {
        Region = Region,
        EndpointUrl = ServiceUrl,
        Credentials = new BasicAWSCredentials(AccessKey, AccessKey),
    });

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private async Task CreateAndSeedAsync()
    {
        using var client = CreateClient();
        foreach (var request in RoutingTableSchema.CreateTableRequests(Tables))
        {
            await client.CreateTableAsync(request);
            for (var i = 0; i < 100 && (await client.DescribeTableAsync(request.TableName)).Table.TableStatus != TableStatus.ACTIVE; i++)
            {
                await Task.Delay(20);
            }
        }

        await new DynamoRoutingWriter(client, Tables).WriteAsync(RoutingYamlLoader.LoadEmbedded(), CancellationToken.None);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
