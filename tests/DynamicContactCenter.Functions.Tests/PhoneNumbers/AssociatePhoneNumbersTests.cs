using System.Text.Json.Nodes;
using Amazon.Runtime;
using DynamicContactCenter.Functions.Handlers;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Functions.PhoneNumbers;
using DynamicContactCenter.Functions.Tests.TestHelpers;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Functions.Tests.PhoneNumbers;

/// <summary>
/// AssociatePhoneNumbers end to end in-process (issue #13 item 3): the request as CloudFormation sends it, a loopback Connect that
/// checks every signature and request shape, and a loopback ResponseURL that must receive an answer for every request.
/// </summary>
public sealed class AssociatePhoneNumbersTests : IDisposable
{
    private const string English = "+14443330000";
    private const string Spanish = "+14443331111";
    private const string French = "+14443332222";
    private const string Other = "+14443339999";
    private const string Secret = "connect-test-secret";

    private readonly FakeConnect _connect = new(Secret);
    private readonly ResponseUrlServer _responseUrl = new();

    public AssociatePhoneNumbersTests()
    {
        foreach (var number in new[] { English, Spanish, French, Other })
        {
            _connect.Claim(number);
        }
    }

    public void Dispose()
    {
        _connect.Dispose();
        _responseUrl.Dispose();
    }

    [Fact]
    public async Task Create_NumbersClaimedOverSeveralPages_PointsEachNamedNumberAtTheInitFlowAndNoOther()
    {
        // Act: four claimed numbers, two a page.
        var outcome = await InvokeAsync(AssociationRequests.Create(_responseUrl.Url, AssociationRequests.Properties(English, Spanish, French)));

        // Assert
        outcome.Succeeded.ShouldBeTrue(outcome.ErrorMessage);
        var answer = _responseUrl.Received.ShouldHaveSingleItem();
        answer.Status.ShouldBe("SUCCESS");
        answer.PhysicalResourceId.ShouldStartWith("dcc-numbers-" + AssociationRequests.LogicalId);
        new[] { English, Spanish, French }.ShouldAllBe(n => _connect.FlowOf(n) == FakeConnect.InitFlowId);
        _connect.FlowOf(Other).ShouldBeNull("a claimed number the routing file does not name keeps its flow");
        _connect.Calls.Count(c => c == "ListPhoneNumbersV2").ShouldBe(2, "every page is read");
        _connect.Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Update_NumberDroppedAndNumberAdded_AssociatesTheNewOneDisassociatesTheDroppedOneKeepsTheId()
    {
        // Arrange
        await InvokeAsync(AssociationRequests.Create(_responseUrl.Url, AssociationRequests.Properties(English, Spanish)));
        var physicalId = _responseUrl.Received[0].PhysicalResourceId;

        // Act
        var outcome = await InvokeAsync(AssociationRequests.Update(_responseUrl.Url, physicalId,
            AssociationRequests.Properties(Spanish, French), AssociationRequests.Properties(English, Spanish)));

        // Assert
        outcome.Succeeded.ShouldBeTrue(outcome.ErrorMessage);
        var answer = _responseUrl.Received[^1];
        answer.Status.ShouldBe("SUCCESS");
        answer.PhysicalResourceId.ShouldBe(physicalId, "a new id would make CloudFormation delete the old resource");
        _connect.FlowOf(English).ShouldBeNull();
        _connect.FlowOf(Spanish).ShouldBe(FakeConnect.InitFlowId);
        _connect.FlowOf(French).ShouldBe(FakeConnect.InitFlowId);
        _connect.Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Delete_AfterCreate_LeavesTheNamedNumbersWithoutAFlowAndANumberReleasedSinceIsNoError()
    {
        // Arrange
        await InvokeAsync(AssociationRequests.Create(_responseUrl.Url, AssociationRequests.Properties(English, Spanish)));
        var physicalId = _responseUrl.Received[0].PhysicalResourceId;
        _connect.Claimed.Remove(Spanish);

        // Act
        var outcome = await InvokeAsync(AssociationRequests.Delete(_responseUrl.Url, physicalId, AssociationRequests.Properties(English, Spanish)));

        // Assert
        outcome.Succeeded.ShouldBeTrue(outcome.ErrorMessage);
        var answer = _responseUrl.Received[^1];
        answer.Status.ShouldBe("SUCCESS");
        answer.PhysicalResourceId.ShouldBe(physicalId);
        _connect.FlowOf(English).ShouldBeNull();
        _connect.Calls.ShouldContain("DisassociatePhoneNumberContactFlow");
        _connect.Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Create_NumberNotClaimed_FailsNamingTheNumberAssociatesNothingAndItsRollbackDeleteTouchesNothing()
    {
        // Act
        await InvokeAsync(AssociationRequests.Create(_responseUrl.Url, AssociationRequests.Properties(English, "+15550001234")));
        var failed = _responseUrl.Received.ShouldHaveSingleItem();
        var callsBeforeDelete = _connect.Calls.Count;
        await InvokeAsync(AssociationRequests.Delete(_responseUrl.Url, failed.PhysicalResourceId, AssociationRequests.Properties(English, "+15550001234")));

        // Assert
        failed.Status.ShouldBe("FAILED");
        failed.Reason!.ShouldStartWith(FunctionMessages.NumbersNotClaimed.Code);
        failed.Reason.ShouldContain("+15550001234");
        failed.Reason.ShouldContain(FakeConnect.InstanceArn);
        failed.Reason.ShouldNotContain(English);
        _connect.FlowOf(English).ShouldBeNull("nothing is associated when a number is missing");
        _responseUrl.Received[^1].Status.ShouldBe("SUCCESS");
        _connect.Calls.Count.ShouldBe(callsBeforeDelete, "the rollback Delete of a Create that did nothing calls nothing");
    }

    [Fact]
    public async Task Create_ConnectThrottlesEveryAssociation_AnswersFailedWithTheCallTheNumberAndTheStatusAfterRetrying()
    {
        // Arrange
        _connect.FailOperation = "AssociatePhoneNumberContactFlow";

        // Act
        var outcome = await InvokeAsync(AssociationRequests.Create(_responseUrl.Url, AssociationRequests.Properties(English)));

        // Assert
        var answer = _responseUrl.Received.ShouldHaveSingleItem();
        answer.Status.ShouldBe("FAILED");
        answer.Reason.ShouldBe($"{FunctionMessages.ConnectCallFailed.Code}: Connect AssociatePhoneNumberContactFlow for {English} failed: HTTP 429 ThrottlingException: Rate exceeded (after 3 attempts)");
        _connect.Calls.Count(c => c == "AssociatePhoneNumberContactFlow").ShouldBe(3);
        outcome.ErrorType.ShouldBe(ErrorTypes.CustomResourceFailed);
    }

    [Fact]
    public async Task Create_ConnectRefusesTheSecondNumberWithA4xx_IsNotRetriedAndTheFirstIsDisassociatedAgain()
    {
        // Arrange: the first association succeeds, then Connect refuses (an IAM policy that does not cover the number, say).
        _connect.FailOperation = "AssociatePhoneNumberContactFlow";
        _connect.FailAfter = 1;
        _connect.FailStatus = 403;
        _connect.FailType = "AccessDeniedException";

        // Act
        var outcome = await InvokeAsync(AssociationRequests.Create(_responseUrl.Url, AssociationRequests.Properties(English, Spanish, French)));

        // Assert
        var answer = _responseUrl.Received.ShouldHaveSingleItem();
        answer.Status.ShouldBe("FAILED");
        answer.Reason!.ShouldStartWith(FunctionMessages.ConnectCallFailed.Code);
        answer.Reason.ShouldContain($"AssociatePhoneNumberContactFlow for {Spanish} failed: HTTP 403 AccessDeniedException");
        answer.Reason.ShouldNotContain("attempts", Case.Sensitive, "a refusal is not retried");
        answer.PhysicalResourceId.ShouldEndWith(":never-created");
        _connect.Calls.Count(c => c == "AssociatePhoneNumberContactFlow").ShouldBe(2);
        new[] { English, Spanish, French }.ShouldAllBe(n => _connect.FlowOf(n) == null, "the Create undid its own association");
        outcome.Succeeded.ShouldBeFalse();
    }

    [Fact]
    public async Task Create_SignedWithAnotherSecret_IsRefusedByConnectAndTheReasonSaysSo()
    {
        // Arrange: the fake recomputes every signature; a client holding other keys must not get through.
        using var strict = new FakeConnect("not-the-key-the-client-holds");
        strict.Claim(English);

        // Act
        await InvokeAsync(AssociationRequests.Create(_responseUrl.Url, AssociationRequests.Properties(English)), strict);

        // Assert
        var answer = _responseUrl.Received.ShouldHaveSingleItem();
        answer.Status.ShouldBe("FAILED");
        answer.Reason!.ShouldContain("HTTP 403 InvalidSignatureException");
        strict.FlowOf(English).ShouldBeNull();
    }

    [Fact]
    public async Task Create_InvalidProperties_FailsNamingEachFieldBeforeCallingConnect()
    {
        // Arrange
        var properties = AssociationRequests.Properties(English, "0044 20 7946 0000");
        properties["ContactFlowArn"] = "InitFlow";

        // Act
        await InvokeAsync(AssociationRequests.Create(_responseUrl.Url, properties));

        // Assert
        var answer = _responseUrl.Received.ShouldHaveSingleItem();
        answer.Status.ShouldBe("FAILED");
        answer.Reason!.ShouldContain("ContactFlowArn is invalid: 'InitFlow' is not a contact flow ARN");
        answer.Reason!.ShouldContain("PhoneNumbers[1] is invalid: '0044 20 7946 0000' is not an E.164 number");
        _connect.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task Create_EmptyListFromAnEmptyParameter_SucceedsWithoutAssociatingAnything()
    {
        // Act: a CommaDelimitedList parameter left empty arrives as [""].
        await InvokeAsync(AssociationRequests.Create(_responseUrl.Url, AssociationRequests.Properties("")));

        // Assert
        _responseUrl.Received.ShouldHaveSingleItem().Status.ShouldBe("SUCCESS");
        _connect.Calls.ShouldNotContain("AssociatePhoneNumberContactFlow");
    }

    private Task<FunctionOutcome> InvokeAsync(string request, FakeConnect? connect = null) =>
        new FunctionHost(new FakeRoutingStore(SampleRoutingData.Tenant()), new FunctionHostOptions
        {
            AllowLoopbackResponseUrl = true,
            Connect = new ConnectClientOptions
            {
                Endpoint = (connect ?? _connect).Endpoint,
                Credentials = () => new BasicAWSCredentials("AKIDCONNECTTEST", Secret),
                MaxAttempts = 3,
                FirstRetryDelay = TimeSpan.FromMilliseconds(1),
            },
        }).InvokeAsync(FunctionNames.AssociatePhoneNumbers, request);
}
