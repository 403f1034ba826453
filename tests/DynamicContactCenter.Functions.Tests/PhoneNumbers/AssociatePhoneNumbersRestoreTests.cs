using Amazon.Runtime;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Functions.PhoneNumbers;
using DynamicContactCenter.Functions.Tests.TestHelpers;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Functions.Tests.PhoneNumbers;

/// <summary>
/// AssociatePhoneNumbers gives each number back the flow it had before the stack (issue #13 item 3, "restores the previous flow
/// on Delete"): the flow is read with ListFlowAssociations and recorded on the number as the <c>dcc:previous-flow</c> tag.
/// </summary>
[Trait("Issue", "13")]
public sealed class AssociatePhoneNumbersRestoreTests : IDisposable
{
    private const string English = "+14443330000";
    private const string Spanish = "+14443331111";
    private const string Secret = "connect-test-secret";
    private const string EarlierFlowId = "77777777-0000-0000-0000-000000000007";
    private const string PersonsFlowId = "88888888-0000-0000-0000-000000000008";

    private readonly FakeConnect _connect = new(Secret);
    private readonly ResponseUrlServer _responseUrl = new();

    public AssociatePhoneNumbersRestoreTests()
    {
        _connect.Claim(English);
        _connect.Claim(Spanish);
    }

    public void Dispose()
    {
        _connect.Dispose();
        _responseUrl.Dispose();
    }

    [Fact]
    public async Task Delete_AfterCreate_GivesANumberTheFlowItHadBeforeAndRemovesTheTag()
    {
        // Arrange: English answered with a flow of the team's before the stack existed.
        _connect.PointAt(English, EarlierFlowId);
        await InvokeAsync(AssociationRequests.Create(_responseUrl.Url, AssociationRequests.Properties(English)));
        _connect.FlowOf(English).ShouldBe(FakeConnect.InitFlowId);
        _connect.TagsOf(English).ShouldBe(new Dictionary<string, string> { [PreviousFlow.TagKey] = EarlierFlowId });

        // Act
        var outcome = await InvokeAsync(AssociationRequests.Delete(_responseUrl.Url, _responseUrl.Received[0].PhysicalResourceId, AssociationRequests.Properties(English)));

        // Assert
        outcome.Succeeded.ShouldBeTrue(outcome.ErrorMessage);
        _responseUrl.Received[^1].Status.ShouldBe("SUCCESS");
        _connect.FlowOf(English).ShouldBe(EarlierFlowId);
        _connect.TagsOf(English).ShouldBeEmpty();
        _connect.Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Delete_AfterCreate_ANumberThatHadNoFlowIsLeftWithoutOne()
    {
        // Arrange
        await InvokeAsync(AssociationRequests.Create(_responseUrl.Url, AssociationRequests.Properties(English)));
        _connect.TagsOf(English).ShouldBe(new Dictionary<string, string> { [PreviousFlow.TagKey] = PreviousFlow.None });

        // Act
        await InvokeAsync(AssociationRequests.Delete(_responseUrl.Url, _responseUrl.Received[0].PhysicalResourceId, AssociationRequests.Properties(English)));

        // Assert
        _responseUrl.Received[^1].Status.ShouldBe("SUCCESS");
        _connect.FlowOf(English).ShouldBeNull();
        _connect.TagsOf(English).ShouldBeEmpty();
        _connect.Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Update_DropsANumber_GivesThatNumberItsEarlierFlowBack()
    {
        // Arrange
        _connect.PointAt(Spanish, EarlierFlowId);
        await InvokeAsync(AssociationRequests.Create(_responseUrl.Url, AssociationRequests.Properties(English, Spanish)));
        var physicalId = _responseUrl.Received[0].PhysicalResourceId;

        // Act
        await InvokeAsync(AssociationRequests.Update(_responseUrl.Url, physicalId, AssociationRequests.Properties(English), AssociationRequests.Properties(English, Spanish)));

        // Assert
        _responseUrl.Received[^1].Status.ShouldBe("SUCCESS");
        _connect.FlowOf(Spanish).ShouldBe(EarlierFlowId);
        _connect.TagsOf(Spanish).ShouldBeEmpty();
        _connect.FlowOf(English).ShouldBe(FakeConnect.InitFlowId);
        _connect.Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Create_NumberAlreadyOnTheInitFlow_KeepsTheFlowRecordedBeforeSoDeleteStillRestoresIt()
    {
        // Arrange: a Create retried after a timeout finds English already on the InitFlow, tagged by the first attempt.
        _connect.PointAt(English, EarlierFlowId);
        await InvokeAsync(AssociationRequests.Create(_responseUrl.Url, AssociationRequests.Properties(English)));

        // Act
        await InvokeAsync(AssociationRequests.Create(_responseUrl.Url, AssociationRequests.Properties(English)));
        await InvokeAsync(AssociationRequests.Delete(_responseUrl.Url, _responseUrl.Received[^1].PhysicalResourceId, AssociationRequests.Properties(English)));

        // Assert
        _connect.FlowOf(English).ShouldBe(EarlierFlowId);
        _connect.Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Delete_NumberAPersonPointedElsewhereSince_KeepsThatPersonsFlow()
    {
        // Arrange
        _connect.PointAt(English, EarlierFlowId);
        await InvokeAsync(AssociationRequests.Create(_responseUrl.Url, AssociationRequests.Properties(English)));
        _connect.PointAt(English, PersonsFlowId);

        // Act
        await InvokeAsync(AssociationRequests.Delete(_responseUrl.Url, _responseUrl.Received[0].PhysicalResourceId, AssociationRequests.Properties(English)));

        // Assert
        _responseUrl.Received[^1].Status.ShouldBe("SUCCESS");
        _connect.FlowOf(English).ShouldBe(PersonsFlowId);
        _connect.TagsOf(English).ShouldBeEmpty();
    }

    [Fact]
    public async Task Delete_RecordedFlowDeletedSince_LeavesTheNumberWithoutAFlowAndSucceeds()
    {
        // Arrange: the team's earlier flow no longer exists when the stack is deleted.
        _connect.PointAt(English, EarlierFlowId);
        await InvokeAsync(AssociationRequests.Create(_responseUrl.Url, AssociationRequests.Properties(English)));
        _connect.DeletedFlows.Add(EarlierFlowId);

        // Act
        await InvokeAsync(AssociationRequests.Delete(_responseUrl.Url, _responseUrl.Received[0].PhysicalResourceId, AssociationRequests.Properties(English)));

        // Assert
        _responseUrl.Received[^1].Status.ShouldBe("SUCCESS");
        _connect.FlowOf(English).ShouldBeNull();
        _connect.TagsOf(English).ShouldBeEmpty();
    }

    [Fact]
    public async Task Create_TagResourceRefused_FailsNamingTheCallAndTheNumberAndAssociatesNothing()
    {
        // Arrange: a role without connect:TagResource.
        _connect.PointAt(English, EarlierFlowId);
        _connect.FailOperation = "TagResource";
        _connect.FailStatus = 403;
        _connect.FailType = "AccessDeniedException";

        // Act
        var outcome = await InvokeAsync(AssociationRequests.Create(_responseUrl.Url, AssociationRequests.Properties(English)));

        // Assert
        var answer = _responseUrl.Received.ShouldHaveSingleItem();
        answer.Status.ShouldBe("FAILED");
        answer.Reason!.ShouldStartWith($"{FunctionMessages.ConnectCallFailed.Code}: Connect TagResource for {English} failed: HTTP 403 AccessDeniedException");
        _connect.FlowOf(English).ShouldBe(EarlierFlowId, "a number whose flow could not be recorded is not taken over");
        outcome.Succeeded.ShouldBeFalse();
    }

    private Task<FunctionOutcome> InvokeAsync(string request) =>
        new FunctionHost(new FakeRoutingStore(SampleRoutingData.Tenant()), new FunctionHostOptions
        {
            AllowLoopbackResponseUrl = true,
            Connect = new ConnectClientOptions
            {
                Endpoint = _connect.Endpoint,
                Credentials = () => new BasicAWSCredentials("AKIDCONNECTTEST", Secret),
                MaxAttempts = 2,
                FirstRetryDelay = TimeSpan.FromMilliseconds(1),
            },
        }).InvokeAsync(FunctionNames.AssociatePhoneNumbers, request);
}
