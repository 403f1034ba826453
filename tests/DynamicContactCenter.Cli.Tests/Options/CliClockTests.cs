using System.Text.RegularExpressions;
using System.Xml.Linq;
using DynamicContactCenter.Testing;
using Microsoft.Extensions.Time.Testing;
using Spectre.Console.Testing;

namespace DynamicContactCenter.Cli.Tests.Options;

/// <summary>Every time a command reads comes from <see cref="CliContext.Clock"/>: with a clock that stands still, every duration it
/// reports is zero (nothing times itself on the system clock behind the context's back).</summary>
[Trait("Issue", "11")]
public sealed partial class CliClockTests : IDisposable
{
    private static readonly string[] Config = ["--routing", RepositoryPaths.RoutingYaml, "--instance", RepositoryPaths.Combine("config", "instance.yaml")];

    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-clock-").FullName;
    private readonly TestConsole _console = new TestConsole().Width(250);
    private readonly StringWriter _error = new();

    public void Dispose()
    {
        _error.Dispose();
        _console.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Call_StoppedClock_TranscriptTimesEveryFunctionOnIt()
    {
        // Act
        var exitCode = await RunAsync(["call", "+14443330000", "--at", "2026-11-24T10:00:00-05:00", .. Config]);

        // Assert
        exitCode.ShouldBe(ExitCodes.Ok, _error.ToString());
        var durations = FunctionDuration().Matches(_console.Output).Select(m => m.Groups[1].Value).ToList();
        durations.ShouldNotBeEmpty(_console.Output);
        durations.ShouldAllBe(d => d == "0");
    }

    [Fact]
    public async Task Test_StoppedClock_JUnitTimesEveryScenarioOnIt()
    {
        // Arrange
        var file = Path.Combine(_folder, "one.yaml");
        await File.WriteAllTextAsync(file, """
            scenarios:
              - name: open
                call: { number: "+14443330000", at: 2026-11-24T10:00:00-05:00 }
                expect: { outcome: queued }
            """);
        var report = Path.Combine(_folder, "junit.xml");

        // Act
        var exitCode = await RunAsync(["test", file, "--junit", report, .. Config]);

        // Assert
        exitCode.ShouldBe(ExitCodes.Ok, _error.ToString());
        XDocument.Load(report).Descendants().Attributes("time").Select(a => a.Value).ShouldAllBe(t => t == "0.000");
    }

    private Task<int> RunAsync(string[] args)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-24T15:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var context = new CliContext(_console, _error, _ => null, _folder) { Clock = clock };
        return DccApp.RunAsync(args, context, CancellationToken.None);
    }

    [GeneratedRegex(@" in ([0-9.]+) ms")]
    private static partial Regex FunctionDuration();
}
