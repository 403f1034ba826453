using DynamicContactCenter.Functions.Configuration;
using DynamicContactCenter.Functions.Handlers;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Functions.Runtime;
using DynamicContactCenter.Functions.Tests.TestHelpers;
using DynamicContactCenter.Local;

namespace DynamicContactCenter.Functions.Tests.Hosting;

public sealed class LambdaEntryPointTests
{
    public static TheoryData<Dictionary<string, string>, string, string> InitFailures => new()
    {
        { new() { ["_HANDLER"] = "GetWeather" }, ErrorTypes.NoSuchHandler, FunctionMessages.UnknownFunction.Code },
        { new(), ErrorTypes.NoSuchHandler, FunctionMessages.UnknownFunction.Code },
        { new() { ["_HANDLER"] = "GetPrompts", ["ENVIRONMENTS_TABLE"] = "env" }, ErrorTypes.InvalidSettings, Storage.StorageMessages.TablesPartlySet.Code },
        { new() { ["_HANDLER"] = "GetPrompts", ["DCC_ROUTING_FILE"] = "/no/such/routing.yaml" }, ErrorTypes.InvalidSettings, FunctionMessages.RoutingFile.Code },
    };

    [Theory]
    [MemberData(nameof(InitFailures))]
    public async Task Run_BadSettings_ReportsInitErrorAndExitsNonZero(Dictionary<string, string> environment, string errorType, string code)
    {
        // Arrange
        await using var emulator = LocalRuntimeApi.Start();
        using var client = new RuntimeApiClient(emulator.Address);
        var (settings, errors) = FunctionSettings.Read(new FakeEnvironmentVariables(environment));
        var pending = emulator.InvokeAsync("{}");

        // Act
        var exitCode = await LambdaEntryPoint.RunAsync(settings, errors, client, TextWriter.Null, TextWriter.Null, TimeProvider.System, CancellationToken.None);
        var result = await pending;

        // Assert
        exitCode.ShouldBe(LambdaEntryPoint.InitFailed);
        emulator.InitErrorBody.ShouldNotBeNull();
        emulator.InitErrorBody.ShouldContain($"\"errorType\":\"{errorType}\"");
        emulator.InitErrorBody.ShouldContain(code);
        result.Succeeded.ShouldBeFalse();
    }

    [Fact]
    public async Task Run_InitErrorQuotingAHugeValue_WritesOneBoundedStderrLineAndExitsEvenWhenTheApiIsGone()
    {
        // Arrange: a 600,000-character _HANDLER is quoted by the init error; the Runtime API is unreachable for the report.
        using var client = new RuntimeApiClient(ScriptedRuntimeApi.UnreachableAddress());
        var (settings, errors) = FunctionSettings.Read(new FakeEnvironmentVariables(new() { ["_HANDLER"] = new string('G', 600_000) }));
        var stderr = new StringWriter();

        // Act
        var exitCode = await LambdaEntryPoint.RunAsync(settings, errors, client, TextWriter.Null, stderr, TimeProvider.System, CancellationToken.None);

        // Assert
        exitCode.ShouldBe(RuntimeExitCodes.InitFailed);
        var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith(FunctionMessages.UnknownFunction.Code);
        lines[0].ShouldContain("…[+");
        lines.ShouldAllBe(line => line.Length <= LoggedText.MaxLineChars + 64);
    }

    [Fact]
    public async Task Run_EmbeddedStoreRunOnce_AnswersOneEventAndLogsIt()
    {
        // Arrange
        await using var emulator = LocalRuntimeApi.Start();
        using var client = new RuntimeApiClient(emulator.Address);
        var (settings, errors) = FunctionSettings.Read(new FakeEnvironmentVariables(new() { ["_HANDLER"] = "GetDynAttributes", ["DCC_RUN_ONCE"] = "1" }));
        var log = new StringWriter();

        // Act
        var run = LambdaEntryPoint.RunAsync(settings, errors, client, log, TextWriter.Null, TimeProvider.System, CancellationToken.None);
        var result = await emulator.InvokeAsync(ConnectEvents.Create("+14443332222"), new LocalInvocationOptions { RequestId = "req-7" });
        var exitCode = await run;

        // Assert
        exitCode.ShouldBe(0);
        ConnectEvents.ReadMap(result.ResponseJson!)["language"].ShouldBe("French");
        log.ToString().ShouldContain("\"requestId\":\"req-7\"");
        log.ToString().ShouldContain("\"outcome\":\"success\"");
    }
}
