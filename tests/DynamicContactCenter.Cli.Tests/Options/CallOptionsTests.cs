using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Spectre.Console.Testing;

namespace DynamicContactCenter.Cli.Tests.Options;

/// <summary>The typed call options (Cli/Options): a bad value is a parse error naming the option, the value and what is expected
/// (issue 14, "silent leniency"), and "now" is the context's clock (issue 11 item 5).</summary>
public sealed class CallOptionsTests
{
    public static TheoryData<string[], string> LenientInputs => new()
    {
        { ["call", "+14443332222", "--agents", "Frnch=Offline"], "--agents 'Frnch=Offline' is not valid: expected a queue of the instance model: English, Spanish, French (not 'Frnch')" },
        { ["call", "+14443332222", "--agents", "French=Busy"], "--agents 'French=Busy' is not valid: expected an agent state: Available, OnContact" },
        { ["call", "+14443332222", "--at", "2026-11-24T10:00"], "--at '2026-11-24T10:00' is not valid: expected an offset, e.g. 2026-11-24T10:00-05:00" },
        { ["call", "14443331111"], "number '14443331111' is not valid: expected an E.164 number" },
        { ["call", "(444) 333-1111"], "number '(444) 333-1111' is not valid: expected an E.164 number: '+', country code and number, digits only, e.g. +14443331111" },
        { ["graph", "--call", "14443331111"], "--call '14443331111' is not valid: expected an E.164 number" },
        { ["graph", "--call", "+14443332222", "--agents", "Frnch=Offline"], "expected a queue of the instance model: English, Spanish, French" },
        { ["graph", "--call", "+14443332222", "--at", "2026-11-24T10:00"], "expected an offset" },
        { ["config", "plan", "config/routing.yaml", "--preview", "--at", "2026-11-24T10:00"], "--at '2026-11-24T10:00' is not valid: expected an offset" },
    };

    [Theory]
    [MemberData(nameof(LenientInputs))]
    [Trait("Issue", "14")]
    public async Task Parse_ValueThatUsedToBeAcceptedSilently_ExitsTwoNamingOptionValueAndExpected(string[] args, string expected)
    {
        // Act
        var run = await DccRun.RunAsync(args);

        // Assert
        run.ExitCode.ShouldBe(ExitCodes.BadInput, run.Output);
        run.Error.ShouldContain(expected);
        run.Output.ShouldNotContain("Outcome:");
    }

    [Fact]
    [Trait("Issue", "14")]
    public async Task Parse_BadAgentsWithJson_WritesTheErrorDocumentWithTheOptionCode()
    {
        // Act
        var run = await DccRun.RunAsync("call", "+14443332222", "--agents", "Frnch=Offline", "--json");

        // Assert
        run.ExitCode.ShouldBe(ExitCodes.BadInput);
        using var document = JsonDocument.Parse(run.Output);
        var error = document.RootElement.GetProperty("error");
        error.GetProperty("code").GetString().ShouldBe(CliMessages.InvalidAgentStatus.Code);
        error.GetProperty("message").GetString()!.ShouldContain("'Frnch=Offline'");
    }

    [Theory]
    [InlineData("--agents", "Spanish=Available", "--agents", "English=Offline")]
    [InlineData("--agents", "Spanish=Available", "English=Offline")]
    public async Task Call_AgentsRepeatedOrListed_EveryOverrideApplies(params string[] agents)
    {
        // Act: English is the number's queue; only the second override takes its agents offline.
        var run = await DccRun.RunAsync(["call", "+14443330000", "--at", "2026-11-24T10:00-05:00", "--json", .. agents]);

        // Assert
        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.GetProperty("outcome").GetString().ShouldBe("disconnected");
    }

    [Theory]
    [InlineData("2026-11-24T15:00:00Z", "queued")] // 10:00 in New York, inside business hours
    [InlineData("2026-11-25T04:00:00Z", "disconnected")] // 23:00 in New York: closed
    [Trait("Issue", "11")]
    public async Task Call_NoAt_CallsAtTheContextClocksNow(string now, string outcome)
    {
        // Arrange
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        var console = new TestConsole().Width(200);
        using var error = new StringWriter();
        var context = new CliContext(console, error, _ => null, Directory.GetCurrentDirectory()) { Clock = clock };

        // Act
        var exitCode = await DccApp.RunAsync(["call", "+14443330000", "--json"], context, CancellationToken.None);

        // Assert
        exitCode.ShouldBe(ExitCodes.Ok, error.ToString());
        using var document = JsonDocument.Parse(console.Output);
        document.RootElement.GetProperty("outcome").GetString().ShouldBe(outcome);
    }

    [Theory]
    [InlineData("call")]
    [InlineData("graph")]
    public async Task Help_CallOptions_NameTheirValuesAndPrintNoClockDefault(string command)
    {
        // Act
        var run = await DccRun.RunAsync(command, "--help");

        // Assert: a default computed from the clock would make the help differ on every run.
        run.ExitCode.ShouldBe(ExitCodes.Ok);
        var help = string.Join(' ', run.Output.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        help.ShouldContain("--at <TIME>");
        help.ShouldContain("--agents <QUEUE=STATUS>");
        var at = help[help.IndexOf("--at <TIME>", StringComparison.Ordinal)..help.IndexOf("--agents <QUEUE=STATUS>", StringComparison.Ordinal)];
        at.ShouldContain("A time without an offset is an error");
        at.ShouldNotContain("[default:");
    }
}
