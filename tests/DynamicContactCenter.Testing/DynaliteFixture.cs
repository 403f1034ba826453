using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Testing;

/// <summary>
/// A real DynamoDB API for integration tests: dynalite (from npm, installed on first use) on a free 127.0.0.1 port,
/// in memory, with the three routing tables created. Use it as an xunit collection fixture; it never skips: when node
/// is missing or dynalite does not start, every test in the collection fails with the reason.
/// </summary>
/// <remarks>
/// xunit 2 only finds collection definitions in the test assembly itself, so each test project declares one line:
/// <code>[CollectionDefinition(Dynalite.CollectionName)] public sealed class DynaliteCollectionDefinition : ICollectionFixture&lt;DynaliteFixture&gt;;</code>
/// and its test classes take <c>[Collection(Dynalite.CollectionName)]</c> and a <see cref="DynaliteFixture"/> constructor parameter.
/// </remarks>
public sealed class DynaliteFixture : IAsyncLifetime
{
    /// <summary>The region clients sign for; dynalite accepts any.</summary>
    public const string Region = "us-east-1";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly StringBuilder _output = new();
    private Process? _process;
    private int _tableSets;

    /// <summary>The dynalite endpoint, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>The three tables created at start, with the default names (Environments, DialedNumbers, Prompts).</summary>
    public RoutingTableNames Tables { get; } = RoutingTableNames.Default;

    /// <summary>Options that reach this dynalite with dummy credentials, as the stores' factory takes them.</summary>
    public DynamoDbClientOptions ClientOptions => new()
    {
        Region = Region,
        EndpointUrl = ServiceUrl,
        Credentials = new BasicAWSCredentials("dcc-test", "dcc-test"),
    };

    /// <summary>A new real SDK client for this dynalite; the caller disposes it.</summary>
    public AmazonDynamoDBClient CreateClient() => DynamoDbClientFactory.Create(ClientOptions);

    /// <summary>Creates three more empty tables with a unique prefix, so a test can start from nothing.</summary>
    public async Task<RoutingTableNames> CreateTablesAsync()
    {
        var names = RoutingTableNames.Default.WithPrefix($"t{Interlocked.Increment(ref _tableSets)}-");
        using var client = CreateClient();
        await CreateTablesAsync(client, names).ConfigureAwait(false);
        return names;
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var cli = await DynaliteInstaller.EnsureInstalledAsync(RepositoryPaths.Root).ConfigureAwait(false);

        // A free port can be taken between choosing and binding it; dynalite then exits at once, and another is tried.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            if (await TryStartAsync(cli, port).ConfigureAwait(false))
            {
                ServiceUrl = new Uri($"http://127.0.0.1:{port}/");
                break;
            }

            if (attempt == 3)
            {
                throw new InvalidOperationException($"dynalite did not start on 127.0.0.1 (3 attempts). Its output:{Environment.NewLine}{Output}");
            }
        }

        using var client = CreateClient();
        await CreateTablesAsync(client, Tables).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        return Task.CompletedTask;
    }

    private string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    private async Task<bool> TryStartAsync(string cli, int port)
    {
        var start = new ProcessStartInfo("node", [cli, "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            _process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("The DynamoDB integration tests run dynalite with Node.js 18+, and `node` was not found on PATH: " + e.Message, e);
        }

        void Capture(object sender, DataReceivedEventArgs line)
        {
            if (line.Data is null)
            {
                return;
            }

            lock (_output)
            {
                _output.AppendLine(line.Data);
            }

            if (line.Data.Contains("listening", StringComparison.OrdinalIgnoreCase))
            {
                listening.TrySetResult();
            }
        }

        _process.OutputDataReceived += Capture;
        _process.ErrorDataReceived += Capture;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(StartTimeout)).ConfigureAwait(false);
        if (first == listening.Task)
        {
            return true;
        }

        if (first != exited)
        {
            _process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"dynalite did not say it was listening within {StartTimeout}. Its output:{Environment.NewLine}{Output}");
        }

        return false;
    }

    private static async Task CreateTablesAsync(AmazonDynamoDBClient client, RoutingTableNames names)
    {
        foreach (var request in RoutingTableSchema.CreateTableRequests(names))
        {
            await client.CreateTableAsync(request).ConfigureAwait(false);
            for (var i = 0; i < 100; i++)
            {
                var description = await client.DescribeTableAsync(request.TableName).ConfigureAwait(false);
                if (description.Table.TableStatus == TableStatus.ACTIVE)
                {
                    break;
                }

                await Task.Delay(20).ConfigureAwait(false);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
