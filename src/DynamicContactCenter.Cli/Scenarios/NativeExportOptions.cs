using System.CommandLine;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Local.NativeTests;
using DynamicContactCenter.Local.Scenarios;
using Spectre.Console;

namespace DynamicContactCenter.Cli.Scenarios;

/// <summary><c>dcc test --export-native DIR [--flow-ids FILE]</c>: the scenarios' runs written as Amazon Connect native test cases
/// (docs/native-tests.md). The run itself is unchanged; the export is written after it, whether or not every scenario passed (a
/// failing scenario is reported as skipped).</summary>
internal static class NativeExportOptions
{
    public static Option<string?> ExportNative() => new("--export-native")
    {
        Description = "Also write each scenario as an Amazon Connect native test case (Content and CreateTestCase input) under DIR, with DIR/report.md.",
        HelpName = "DIR",
    };

    public static Option<string?> FlowIds() => new("--flow-ids")
    {
        Description = "With --export-native: a JSON file of flow name to flow id, so scenarios that start at a flow enter the test case at that flow.",
        HelpName = "FILE",
    };

    /// <summary>What the two options ask for: no export (<see cref="Folder"/> null), an export, or bad input already reported.</summary>
    public sealed record Request(bool Valid, string? Folder, IReadOnlyDictionary<string, string> FlowIds);

    /// <summary>Checks the options before any scenario runs, so bad input costs no run.</summary>
    public static async Task<Request> ReadAsync(string? folder, string? flowIdsPath, CliContext context)
    {
        var none = new Dictionary<string, string>(StringComparer.Ordinal);
        if (flowIdsPath is not null && folder is null)
        {
            await context.Error.WriteLineAsync(CliMessages.Format(CliMessages.FlowIdsWithoutExport));
            return new Request(false, null, none);
        }

        if (folder is null) return new Request(true, null, none);
        if (flowIdsPath is null) return new Request(true, context.ResolvePath(folder), none);
        var path = context.ResolvePath(flowIdsPath);
        if (!File.Exists(path))
        {
            await context.Error.WriteLineAsync(CliMessages.Format(CliMessages.InvalidFlowIds, path, "the file does not exist"));
            return new Request(false, null, none);
        }

        var (ids, error) = FlowIdFile.Parse(await File.ReadAllTextAsync(path));
        if (ids is null)
        {
            await context.Error.WriteLineAsync(CliMessages.Format(CliMessages.InvalidFlowIds, path, error!));
            return new Request(false, null, none);
        }

        return new Request(true, context.ResolvePath(folder), ids);
    }

    /// <summary>Writes the export and says where; false (with the error written) when the folder cannot be written.</summary>
    public static async Task<bool> WriteAsync(Request request, IEnumerable<(string Suite, IReadOnlyList<ScenarioOutcome> Outcomes)> suites, InstanceModel instance,
        CliContext context)
    {
        var cases = NativeTestExporter.Build(suites, instance, request.FlowIds);
        try
        {
            NativeTestExporter.Write(request.Folder!, cases);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync(CliMessages.Format(CliMessages.ExportNotWritten, request.Folder!, e.Message));
            return false;
        }

        var exported = cases.Count(c => c.Content is not null);
        context.Out.WriteLine($"Exported {exported} native test case(s) to {request.Folder} ({cases.Length - exported} skipped: see report.md there).");
        return true;
    }
}
