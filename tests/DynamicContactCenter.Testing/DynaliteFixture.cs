using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Testing;

/// <summary>
/// A real DynamoDB API for integration tests: dynalite (from npm, installed on first use) on 127.0.0.1, in memory.
/// It has no shared tables: each test creates its own with <see cref="CreateTablesAsync"/> (a unique prefix), so no
/// test sees another's rows. Use it as an xunit collection fixture; it never skips: when node is missing or dynalite
/// does not start, every test in the collection fails with the reason.
/// </summary>
/// <remarks>
/// xunit 2 only finds collection definitions in the test assembly itself, so each test project declares one line:
/// <code>[CollectionDefinition(Dynalite.CollectionName)] public sealed class DynaliteCollectionDefinition : ICollectionFixture&lt;DynaliteFixture&gt;;</code>
/// and its test classes take <c>[Collection(Dynalite.CollectionName)]</c> and a <see cref="DynaliteFixture"/> constructor parameter.
/// </remarks>
public sealed partial class DynaliteFixture : IAsyncLifetime
{
    /// <summary>The region clients sign for; dynalite accepts any.</summary>
    public const string Region = "us-east-1";

    // Hang guards only, never the thing tested: on a loaded 2-core machine node can take many seconds to start and a
    // CreateTable longer than the product's 1 s attempt timeout.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan AdminCallTimeout = TimeSpan.FromMinutes(1);

    // Listens on port 0, so the kernel picks a free port while binding (no port chosen first and bound later, which
    // another process can take in between), prints it, and exits when its stdin closes: if the test host dies without
    // disposing the fixture, dynalite does not outlive it.
    private const string Server = """
        const server = require(process.argv[1])({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
        server.listen(0, '127.0.0.1', () => console.log('Dynalite listening at: http://127.0.0.1:' + server.address().port + '/'));
        process.stdin.on('end', () => process.exit(0));
        process.stdin.resume();
        """;

    private readonly StringBuilder _output = new();
    private Process? _process;
    private int _tableSets;

    /// <summary>The dynalite endpoint, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Options that reach this dynalite with dummy credentials, as the stores' factory takes them.</summary>
    public DynamoDbClientOptions ClientOptions => new()
    {
        Region = Region,
        EndpointUrl = ServiceUrl,
        Credentials = new BasicAWSCredentials("dcc-test", "dcc-test"),
    };

    /// <summary>A new real SDK client for this dynalite, built as the product builds it; the caller disposes it.</summary>
    public AmazonDynamoDBClient CreateClient() => DynamoDbClientFactory.Create(ClientOptions);

    /// <summary>Creates three empty tables with a prefix no other test in this process uses, so a test starts from nothing.</summary>
    public async Task<RoutingTableNames> CreateTablesAsync()
    {
        var names = RoutingTableNames.Default.WithPrefix($"t{Interlocked.Increment(ref _tableSets)}-");
        using var admin = CreateAdminClient();
        await DynaliteTables.CreateAsync(admin, names).ConfigureAwait(false);
        return names;
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var cli = await DynaliteInstaller.EnsureInstalledAsync(RepositoryPaths.Root).ConfigureAwait(false);
        var index = Path.Combine(Path.GetDirectoryName(cli)!, "index.js");
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add(Server);
        start.ArgumentList.Add(index);
        AmbientAws.Isolate(start.Environment);
        ServiceUrl = await StartAsync(start).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var guard = new CancellationTokenSource(AdminCallTimeout);
            await _process.WaitForExitAsync(guard.Token).ConfigureAwait(false);
        }

        _process.Dispose();
    }

    // The product's client gives each attempt 1 s and retries twice, which a loaded machine exceeds; a retried
    // CreateTable then finds the table its first attempt made. Set-up calls get a generous timeout and no retry.
    private AmazonDynamoDBClient CreateAdminClient() => DynamoDbClientFactory.Create(ClientOptions with { AttemptTimeout = AdminCallTimeout, MaxRetries = 0 });

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

    private async Task<Uri> StartAsync(ProcessStartInfo start)
    {
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
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

            if (ListeningLine().Match(line.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups["url"].Value));
            }
        }

        _process.OutputDataReceived += Capture;
        _process.ErrorDataReceived += Capture;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var exited = _process.WaitForExitAsync();
        using var guard = new CancellationTokenSource();
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(StartTimeout, guard.Token)).ConfigureAwait(false);
        await guard.CancelAsync().ConfigureAwait(false);
        if (first == listening.Task)
        {
            return await listening.Task.ConfigureAwait(false);
        }

        if (first != exited)
        {
            _process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"dynalite did not say it was listening within {StartTimeout}. Its output:{Environment.NewLine}{Output}");
        }

        throw new InvalidOperationException($"dynalite exited with code {_process.ExitCode} before listening. Its output:{Environment.NewLine}{Output}");
    }

    [GeneratedRegex(@"listening at: (?<url>http://127\.0\.0\.1:\d+/)")]
    private static partial Regex ListeningLine();
}
