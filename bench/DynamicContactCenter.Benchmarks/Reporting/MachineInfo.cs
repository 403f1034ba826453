using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace DynamicContactCenter.Benchmarks.Reporting;

/// <summary>Where and when the numbers were measured: CPU, cores, load, commit, date, runtimes.</summary>
internal sealed record MachineInfo(string Cpu, int Cores, string Os, string DotNet, string Commit, DateTimeOffset Date, string LoadAtStart)
{
    public static MachineInfo Read(string repositoryRoot) => new(
        ReadCpu(),
        Environment.ProcessorCount,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        ReadCommit(repositoryRoot),
        DateTimeOffset.UtcNow,
        LoadAverage());

    /// <summary>The 1, 5 and 15 minute load averages (/proc/loadavg).</summary>
    public static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    /// <summary>Runs a program and returns its trimmed stdout, or <paramref name="fallback"/> when it fails.</summary>
    public static string Output(string fileName, IEnumerable<string> arguments, string fallback, string? workingDirectory = null)
    {
        try
        {
            var start = new ProcessStartInfo(fileName, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
            if (workingDirectory is not null)
            {
                start.WorkingDirectory = workingDirectory;
            }

            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 && text.Trim().Length > 0 ? text.Trim() : fallback;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return fallback;
        }
    }

    private static string ReadCpu()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }
        catch (IOException)
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }
    }

    private static string ReadCommit(string repositoryRoot)
    {
        var commit = Output("git", ["rev-parse", "--short=12", "HEAD"], "unknown", repositoryRoot);
        // Uncommitted changes in what is measured make the commit an approximation; say so.
        var dirty = Output("git", ["status", "--porcelain", "--", "src", "flows", "config", "bench/DynamicContactCenter.Benchmarks", "bench/baseline-python"], "", repositoryRoot);
        return dirty.Length > 0 ? commit + " (+ uncommitted changes)" : commit;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Cpu}, {Cores} cores; {Os}; {DotNet}; commit {Commit}; {Date:yyyy-MM-dd HH:mm} UTC");
}
