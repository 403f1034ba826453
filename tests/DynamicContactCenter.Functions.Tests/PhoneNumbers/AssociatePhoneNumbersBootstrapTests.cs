using DynamicContactCenter.Functions.Configuration;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Functions.Runtime;
using DynamicContactCenter.Functions.Tests.TestHelpers;
using DynamicContactCenter.Local;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Functions.Tests.PhoneNumbers;

/// <summary>
/// AssociatePhoneNumbers as Lambda runs it: the bootstrap's entry point with the settings the template gives (_HANDLER) plus the
/// test overrides (AWS_ENDPOINT_URL_CONNECT, the loopback ResponseURL), behind the local Runtime API, signing with the credentials
/// of the environment (the SDK's standard chain, as a function role's keys arrive in Lambda).
/// </summary>
public sealed class AssociatePhoneNumbersBootstrapTests : IDisposable
{
    private const string English = "+14443330000";
    private const string Spanish = "+14443331111";

    private readonly FakeConnect _connect = new(AmbientAws.Pinned["AWS_SECRET_ACCESS_KEY"]);
    private readonly ResponseUrlServer _responseUrl = new();

    public void Dispose()
    {
        _connect.Dispose();
        _responseUrl.Dispose();
    }

    [Fact]
    public async Task Run_CreateThenDelete_EachRequestIsAnsweredAndTheNumbersFollow()
    {
        // Arrange
        _connect.Claim(English);
        _connect.Claim(Spanish);
        var properties = AssociationRequests.Properties(English, Spanish);

        // Act
        var created = await RunOnceAsync(AssociationRequests.Create(_responseUrl.Url, properties));
        var flowsAfterCreate = new[] { _connect.FlowOf(English), _connect.FlowOf(Spanish) };
        var deleted = await RunOnceAsync(AssociationRequests.Delete(_responseUrl.Url, _responseUrl.Received[0].PhysicalResourceId, properties));

        // Assert
        created.Succeeded.ShouldBeTrue(created.ErrorMessage);
        deleted.Succeeded.ShouldBeTrue(deleted.ErrorMessage);
        _responseUrl.Received.Select(r => r.Status).ShouldBe(["SUCCESS", "SUCCESS"]);
        flowsAfterCreate.ShouldAllBe(f => f == FakeConnect.InitFlowId);
        _connect.FlowOf(English).ShouldBeNull();
        _connect.FlowOf(Spanish).ShouldBeNull();
        _connect.Problems.ShouldBeEmpty("every request signed with the environment's keys and shaped as documented");
    }

    [Fact]
    public async Task Run_ConnectRefusesTheList_TheFailedAnswerReachesCloudFormationAndTheLoopReportsTheError()
    {
        // Arrange
        _connect.Claim(English);
        _connect.FailOperation = "ListPhoneNumbersV2";
        _connect.FailStatus = 400;
        _connect.FailType = "InvalidRequestException";

        // Act
        var result = await RunOnceAsync(AssociationRequests.Create(_responseUrl.Url, AssociationRequests.Properties(English)));

        // Assert
        var answer = _responseUrl.Received.ShouldHaveSingleItem();
        answer.Status.ShouldBe("FAILED");
        answer.Reason!.ShouldStartWith($"{FunctionMessages.ConnectCallFailed.Code}: Connect ListPhoneNumbersV2 for instance {FakeConnect.InstanceArn} failed: HTTP 400 InvalidRequestException");
        result.Succeeded.ShouldBeFalse();
        result.ErrorMessage!.ShouldContain(FunctionMessages.ConnectCallFailed.Code);
    }

    private async Task<LocalInvocationResult> RunOnceAsync(string request)
    {
        await using var emulator = LocalRuntimeApi.Start();
        using var runtimeClient = new RuntimeApiClient(emulator.Address);
        var (settings, errors) = FunctionSettings.Read(new FakeEnvironmentVariables(new()
        {
            ["_HANDLER"] = FunctionNames.AssociatePhoneNumbers,
            ["DCC_RUN_ONCE"] = "1",
            ["AWS_REGION"] = FakeConnect.Region,
            [SettingNames.ConnectEndpoint] = _connect.Endpoint.ToString(),
            [SettingNames.AllowLoopbackResponseUrl] = "1",
        }));
        errors.ShouldBeEmpty();

        var run = LambdaEntryPoint.RunAsync(settings, errors, runtimeClient, TextWriter.Null, TextWriter.Null, TimeProvider.System, CancellationToken.None);
        var result = await emulator.InvokeAsync(request);
        (await run).ShouldBe(0);
        return result;
    }
}
