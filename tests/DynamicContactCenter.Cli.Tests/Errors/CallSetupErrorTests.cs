namespace DynamicContactCenter.Cli.Tests.Errors;

/// <summary>Issue #10 item 16: an environment that cannot run the functions at all is a setup error (exit 2 naming the problem),
/// not a call that "ended in the error path" with exit 0.</summary>
public sealed class CallSetupErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-setup-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Call_BootstrapThatExitsAtOnce_ExitsTwoNamingTheBinary()
    {
        // Act
        var run = await DccRun.RunAsync("call", "+14443331111", "--functions", "process", "--bootstrap", "/bin/false");

        // Assert
        run.ExitCode.ShouldBe(2, run.Output);
        run.Error.ShouldContain("DCC4604");
        run.Error.ShouldContain("'/bin/false'");
        run.Output.ShouldNotContain("Outcome:");
    }

    [Fact]
    public async Task Call_BootstrapNotExecutable_ExitsTwoNamingTheBinary()
    {
        // Arrange
        var path = Path.Combine(_folder, "bootstrap");
        await File.WriteAllTextAsync(path, "not a program");

        // Act
        var run = await DccRun.RunAsync("call", "+14443331111", "--functions", "process", "--bootstrap", path);

        // Assert
        run.ExitCode.ShouldBe(2, run.Output);
        run.Error.ShouldContain("DCC4604");
        run.Error.ShouldContain(path);
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Call_BootstrapThatNeverAnswers_ExitsTwoAfterTheProbeBudget()
    {
        // Arrange: a binary that starts and then never polls the Runtime API.
        var path = Path.Combine(_folder, "bootstrap");
        await File.WriteAllTextAsync(path, "#!/bin/sh\nexec sleep 120\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        // Act
        var run = await DccRun.RunAsync("call", "+14443331111", "--functions", "process", "--bootstrap", path);

        // Assert
        run.ExitCode.ShouldBe(2, run.Output);
        run.Error.ShouldContain("DCC4604");
        run.Error.ShouldContain("DCC4501");
        run.Output.ShouldNotContain("Outcome:");
    }

    [Fact]
    public async Task Call_DynamoDbStoreUnreachable_ExitsTwoNamingTheStore()
    {
        // Arrange: credentials the SDK accepts, and a loopback port nothing listens on.
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "dcc-test");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "dcc-test");

        // Act
        var run = await DccRun.RunAsync("call", "+14443331111", "--store", "dynamodb", "--endpoint-url", "http://127.0.0.1:1", "--region", "us-east-1");

        // Assert
        run.ExitCode.ShouldBe(2, run.Output);
        run.Error.ShouldContain("DCC4605");
        run.Error.ShouldContain("DialedNumbers");
        run.Output.ShouldNotContain("Outcome:");
    }
}
