using System.Net;
using DynamicContactCenter.Testing;
using Amazon.Runtime;
using DynamicContactCenter.Storage.CloudFormation;
using Microsoft.Extensions.Time.Testing;

namespace DynamicContactCenter.Storage.Tests.CloudFormation;

public sealed class CloudFormationStackClientTests : IDisposable
{
    private const string AccessKey = "AKIDDCCTEST";
    private const string SecretKey = "dcc-test-secret/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private const string Region = "eu-west-1";
    private const string Stack = "dcc-prod";

    private readonly FakeCloudFormation _cloudFormation = new(SecretKey);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 15, 4, 5, TimeSpan.Zero));

    public void Dispose()
    {
        _http.Dispose();
        _cloudFormation.Dispose();
    }

    [Fact]
    public async Task DescribeOutputsAsync_StackExists_ReturnsStatusAndOutputs()
    {
        // Arrange
        _cloudFormation.Body = CloudFormationAnswers.DescribeStacks(Stack, "UPDATE_COMPLETE",
            ("EnvironmentsTableName", "dcc-prod-EnvironmentsTable-1A2B"), ("InitFlowArn", "arn:aws:connect:flow"));
        var sut = Client(new BasicAWSCredentials(AccessKey, SecretKey));

        // Act
        var result = await sut.DescribeOutputsAsync(Stack, CancellationToken.None);

        // Assert
        result.Diagnostics.ShouldBeEmpty();
        var stack = result.Value.ShouldNotBeNull();
        stack.Status.ShouldBe("UPDATE_COMPLETE");
        stack.Outputs.ShouldBe(new Dictionary<string, string>
        {
            ["EnvironmentsTableName"] = "dcc-prod-EnvironmentsTable-1A2B",
            ["InitFlowArn"] = "arn:aws:connect:flow",
        }, ignoreOrder: true);
    }

    [Fact]
    public async Task DescribeOutputsAsync_AnyStack_SendsASignedDescribeStacksFormPost()
    {
        // Arrange
        _cloudFormation.Body = CloudFormationAnswers.DescribeStacks(Stack, "CREATE_COMPLETE");
        var sut = Client(new BasicAWSCredentials(AccessKey, SecretKey));

        // Act
        await sut.DescribeOutputsAsync(Stack, CancellationToken.None);

        // Assert
        var request = _cloudFormation.Received.ShouldHaveSingleItem();
        request.Method.ShouldBe("POST");
        request.Path.ShouldBe("/");
        request.Body.ShouldBe("Action=DescribeStacks&StackName=dcc-prod&Version=2010-05-15");
        request.Headers["content-type"].ShouldBe("application/x-www-form-urlencoded; charset=utf-8");
        request.Headers["x-amz-date"].ShouldBe("20261124T150405Z");
        request.Headers.ShouldNotContainKey("x-amz-security-token");
        var authorization = request.Authorization.ShouldNotBeNull(request.Headers.GetValueOrDefault("authorization"));
        authorization.AccessKey.ShouldBe(AccessKey);
        authorization.Scope.ShouldBe("20261124/eu-west-1/cloudformation/aws4_request");
        authorization.SignedHeaders.Split(';').ShouldContain("host");
        authorization.SignedHeaders.Split(';').ShouldContain("x-amz-date");
        request.SignatureValid.ShouldBeTrue("the reference SigV4 computation disagrees with the signature sent");
    }

    [Fact]
    public async Task DescribeOutputsAsync_WrongSecretKey_FakeEndpointRejectsTheSignature()
    {
        // Arrange: proves the signature check above can fail.
        _cloudFormation.Body = CloudFormationAnswers.DescribeStacks(Stack, "CREATE_COMPLETE");
        var sut = Client(new BasicAWSCredentials(AccessKey, "another-secret"));

        // Act
        await sut.DescribeOutputsAsync(Stack, CancellationToken.None);

        // Assert
        _cloudFormation.Received.ShouldHaveSingleItem().SignatureValid.ShouldBeFalse();
    }

    [Fact]
    public async Task DescribeOutputsAsync_SessionCredentials_SendsAndSignsTheSecurityToken()
    {
        // Arrange
        _cloudFormation.Body = CloudFormationAnswers.DescribeStacks(Stack, "CREATE_COMPLETE");
        var sut = Client(new SessionAWSCredentials(AccessKey, SecretKey, "dcc-session-token"));

        // Act
        await sut.DescribeOutputsAsync(Stack, CancellationToken.None);

        // Assert
        var request = _cloudFormation.Received.ShouldHaveSingleItem();
        request.Headers["x-amz-security-token"].ShouldBe("dcc-session-token");
        request.Authorization.ShouldNotBeNull().SignedHeaders.Split(';').ShouldContain("x-amz-security-token");
        request.SignatureValid.ShouldBeTrue();
    }

    [Fact]
    public async Task DescribeOutputsAsync_StackArn_IsFormEncoded()
    {
        // Arrange
        const string arn = "arn:aws:cloudformation:eu-west-1:123456789012:stack/dcc-prod/0f1e2d3c";
        _cloudFormation.Body = CloudFormationAnswers.DescribeStacks("dcc-prod", "CREATE_COMPLETE");
        var sut = Client(new BasicAWSCredentials(AccessKey, SecretKey));

        // Act
        await sut.DescribeOutputsAsync(arn, CancellationToken.None);

        // Assert
        var request = _cloudFormation.Received.ShouldHaveSingleItem();
        request.Body.ShouldBe("Action=DescribeStacks&StackName=arn%3Aaws%3Acloudformation%3Aeu-west-1%3A123456789012%3Astack%2Fdcc-prod%2F0f1e2d3c&Version=2010-05-15");
        request.SignatureValid.ShouldBeTrue();
    }

    public static TheoryData<HttpStatusCode, string, string, string> ErrorAnswers => new()
    {
        // status, body, expected code, expected text
        {
            HttpStatusCode.BadRequest, CloudFormationAnswers.Error("ValidationError", "Stack with id dcc-prod does not exist"),
            CloudFormationMessages.StackNotFound.Code, "CloudFormation stack \"dcc-prod\" does not exist in region eu-west-1"
        },
        {
            HttpStatusCode.Forbidden, CloudFormationAnswers.Error("SignatureDoesNotMatch", "The request signature we calculated does not match"),
            CloudFormationMessages.RequestFailed.Code, "failed with HTTP 403 Forbidden: SignatureDoesNotMatch: The request signature we calculated does not match"
        },
        {
            HttpStatusCode.Forbidden, CloudFormationAnswers.Error("ExpiredToken", "The security token included in the request is expired"),
            CloudFormationMessages.RequestFailed.Code, "ExpiredToken: The security token included in the request is expired"
        },
        {
            HttpStatusCode.BadRequest, CloudFormationAnswers.Error("ValidationError", "1 validation error detected: Value 'a b' at 'stackName' failed"),
            CloudFormationMessages.RequestFailed.Code, "HTTP 400 BadRequest: ValidationError: 1 validation error"
        },
        { HttpStatusCode.BadGateway, "<html>bad gateway</html", CloudFormationMessages.RequestFailed.Code, "HTTP 502 BadGateway: <html>bad gateway</html" },
        { HttpStatusCode.OK, "not xml", CloudFormationMessages.MalformedResponse.Code, "is not the expected XML" },
        { HttpStatusCode.OK, "<DescribeStacksResponse><DescribeStacksResult><Stacks/></DescribeStacksResult></DescribeStacksResponse>", CloudFormationMessages.MalformedResponse.Code, "no DescribeStacksResult/Stacks/member" },
    };

    [Theory]
    [MemberData(nameof(ErrorAnswers))]
    public async Task DescribeOutputsAsync_ErrorAnswer_FailsNamingStackRegionAndCause(HttpStatusCode status, string body, string expectedCode, string expectedText)
    {
        // Arrange
        _cloudFormation.Status = status;
        _cloudFormation.Body = body;
        var sut = Client(new BasicAWSCredentials(AccessKey, SecretKey));

        // Act
        var result = await sut.DescribeOutputsAsync(Stack, CancellationToken.None);

        // Assert
        result.Value.ShouldBeNull();
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(expectedCode);
        error.IsError.ShouldBeTrue();
        error.Message.ShouldContain(expectedText);
        error.Message.ShouldContain("\"dcc-prod\"");
        error.Message.ShouldContain(Region);
    }

    [Fact]
    public async Task DescribeOutputsAsync_NothingListening_FailsUnreachableNamingTheEndpoint()
    {
        // Arrange
        var endpoint = _cloudFormation.Endpoint;
        _cloudFormation.Dispose();
        var sut = new CloudFormationStackClient(_http, new BasicAWSCredentials(AccessKey, SecretKey), Region, endpoint, _time);

        // Act
        var result = await sut.DescribeOutputsAsync(Stack, CancellationToken.None);

        // Assert
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(CloudFormationMessages.Unreachable.Code);
        error.Message.ShouldContain($"cannot reach CloudFormation at {endpoint} to read stack \"dcc-prod\" in region eu-west-1");
    }

    [Fact]
    public async Task DescribeOutputsAsync_CredentialsUnresolvable_FailsWithoutSending()
    {
        // Arrange
        var sut = Client(new UnresolvableCredentials());

        // Act
        var result = await sut.DescribeOutputsAsync(Stack, CancellationToken.None);

        // Assert
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(CloudFormationMessages.NoCredentials.Code);
        error.Message.ShouldContain("no AWS credentials to sign DescribeStacks for stack \"dcc-prod\" in region eu-west-1: no profile, no variables");
        _cloudFormation.Received.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("eu-west-1", "https://cloudformation.eu-west-1.amazonaws.com/")]
    [InlineData("cn-north-1", "https://cloudformation.cn-north-1.amazonaws.com.cn/")]
    public void DefaultEndpoint_Region_IsTheRegionalPublicEndpoint(string region, string expected)
    {
        // Act
        var endpoint = CloudFormationStackClient.DefaultEndpoint(region);

        // Assert
        endpoint.ShouldBe(new Uri(expected));
    }

    private CloudFormationStackClient Client(AWSCredentials credentials) => new(_http, credentials, Region, _cloudFormation.Endpoint, _time);

    private sealed class UnresolvableCredentials : AWSCredentials
    {
        public override ImmutableCredentials GetCredentials() => throw new AmazonClientException("no profile, no variables");
    }
}
