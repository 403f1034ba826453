using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;

namespace DynamicContactCenter.Cli.Tests.Legacy;

/// <summary>Every corpus file run once through what a new user types for an exported flow (<c>dcc call +14443330000 --flow FILE</c>,
/// no instance model, no mocks, no input; a fixed time and seed so the figures do not move), shared by the corpus tests.</summary>
public sealed class CorpusRun : IAsyncLifetime
{
    /// <summary>The outcomes that are a caller's normal end of a call (issue #12); <c>error</c> is the only other one.</summary>
    public static IReadOnlySet<string> NaturalEnds { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "queued", "disconnected", "transferred", "abandoned", "ended",
    };

    public IReadOnlyList<CorpusCall> Calls { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var calls = new List<CorpusCall>();
        foreach (var file in CorpusFiles.All)
        {
            var run = await DccRun.RunAsync("call", "+14443330000", "--flow", file, "--at", "2026-11-24T10:00:00-05:00", "--json", "--seed", "1");
            calls.Add(Read(file, run));
        }

        Calls = calls;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static CorpusCall Read(string file, DccRun run)
    {
        var crashed = run.ExitCode == 70 || run.Error.Contains(FlowMessages.InternalError.Code, StringComparison.Ordinal);
        string outcome;
        CorpusStop? stop = null;
        try
        {
            using var document = JsonDocument.Parse(run.Output);
            outcome = document.RootElement.TryGetProperty("outcome", out var o) ? o.GetString() ?? "" : "";
            if (outcome == "error")
            {
                var last = document.RootElement.GetProperty("diagnostics").EnumerateArray()
                    .LastOrDefault(d => d.GetProperty("severity").GetString() == "error");
                stop = last.ValueKind == JsonValueKind.Object ? new CorpusStop(Text(last, "code"), Text(last, "flow"), Text(last, "action"), Text(last, "message")) : null;
            }
        }
        catch (JsonException)
        {
            // Not one JSON document: the run broke the --json contract, which the crash test reports with what stderr said.
            outcome = "";
            crashed = true;
        }

        return new CorpusCall(CorpusFiles.Relative(file), CorpusFiles.IsLegacy(file), crashed ? "crash" : outcome, stop, run.Error);
    }

    private static string Text(JsonElement diagnostic, string name) =>
        diagnostic.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
}

/// <summary>One corpus file's call: its path under tests/corpus, its format, the outcome (<c>crash</c> when dcc broke), and for
/// <c>error</c> the diagnostic it stopped on.</summary>
public sealed record CorpusCall(string File, bool Legacy, string Outcome, CorpusStop? Stop, string Error)
{
    public bool EndedNaturally => CorpusRun.NaturalEnds.Contains(Outcome);
}

/// <summary>The diagnostic a run stopped on: what the user reads to know which flow, which action and why.</summary>
public sealed record CorpusStop(string Code, string Flow, string Action, string Message);
