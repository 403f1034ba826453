using DynamicContactCenter.Functions.Tests.TestHelpers;
using DynamicContactCenter.Local;
using LocalInvocationOptions = DynamicContactCenter.Local.LocalInvocationOptions;

namespace DynamicContactCenter.Functions.Tests.Local;

/// <summary>The launcher with the JIT build of the same bootstrap (bootstrap.dll beside the tests): fast, no AOT publish.</summary>
public sealed class LambdaProcessTests
{
    private static string JitBootstrap => Path.Combine(AppContext.BaseDirectory, "bootstrap.dll");

    [Fact]
    public async Task Invoke_JitBootstrapWithEmbeddedData_AnswersAndStaysWarm()
    {
        // Arrange
        await using var sut = LambdaProcess.Start(new LambdaProcessOptions { ExecutablePath = JitBootstrap, Handler = "GetDynAttributes" });

        // Act
        var first = await sut.InvokeAsync(ConnectEvents.Create("+14443332222"));
        var second = await sut.InvokeAsync(ConnectEvents.Create("+14443330000"));

        // Assert
        first.Succeeded.ShouldBeTrue(first.ErrorMessage + string.Join('\n', sut.StandardError));
        ConnectEvents.ReadMap(first.ResponseJson!)["language"].ShouldBe("French");
        ConnectEvents.ReadMap(second.ResponseJson!)["language"].ShouldBe("English");
        sut.RuntimeApi.EventsServed.ShouldBe(2);
    }

    [Fact]
    public async Task Invoke_ProcessExitsBeforeAnswering_FailsWithExitCodeInsteadOfWaitingForTheTimeout()
    {
        // Arrange: a routing file that does not exist makes init fail and the process exit.
        await using var sut = LambdaProcess.Start(new LambdaProcessOptions
        {
            ExecutablePath = JitBootstrap,
            Handler = "GetPrompts",
            Environment = new Dictionary<string, string> { ["DCC_ROUTING_FILE"] = "/no/such/routing.yaml" },
        });

        // Act
        var result = await sut.InvokeAsync("{}", new LocalInvocationOptions { Timeout = TimeSpan.FromSeconds(60) });

        // Assert
        result.TimedOut.ShouldBeFalse();
        result.ErrorMessage!.ShouldContain("/no/such/routing.yaml");
        (await sut.Exited).ShouldNotBe(0);
    }
}
