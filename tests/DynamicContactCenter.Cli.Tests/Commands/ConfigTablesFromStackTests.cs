using System.Net;
using DynamicContactCenter.Testing;
using Microsoft.AspNetCore.Http;

namespace DynamicContactCenter.Cli.Tests.Commands;

/// <summary><c>dcc config --tables-from-stack</c> when the stack cannot give table names, and its usage rules; no DynamoDB needed.</summary>
[Trait("Issue", "6")]
public sealed class ConfigTablesFromStackTests : IDisposable
{
    private readonly FakeStackEndpoint _cloudFormation = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-stack-").FullName;

    public void Dispose()
    {
        _cloudFormation.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    public static TheoryData<string, int> ExitCodeOfEachCommand => new()
    {
        // plan exits 1 for any error (2 means changes pending); apply and export exit 2 when they cannot find the tables.
        { "plan", 1 },
        { "apply", 2 },
        { "export", 2 },
    };

    [Theory]
    [MemberData(nameof(ExitCodeOfEachCommand))]
    public async Task Config_StackDoesNotExist_ExitsNamingStackAndRegion(string subcommand, int expectedExit)
    {
        // Arrange
        _cloudFormation.Status = HttpStatusCode.BadRequest;
        _cloudFormation.Body = CloudFormationAnswers.Error("ValidationError", "Stack with id dcc-gone does not exist");

        // Act
        var run = await Dcc(subcommand, "dcc-gone");

        // Assert
        run.ExitCode.ShouldBe(expectedExit, run.Error);
        run.Error.ShouldContain("error: --tables-from-stack: DCC1501: CloudFormation stack \"dcc-gone\" does not exist in region eu-west-1");
        run.Error.ShouldContain("Stack with id dcc-gone does not exist");
        run.Output.ShouldNotContain("Plan:");
    }

    [Fact]
    public async Task ConfigPlan_StackWithoutTableOutputs_ExitsOneNamingTheMissingOutputs()
    {
        // Arrange: a stack still being created has no outputs yet.
        _cloudFormation.Body = CloudFormationAnswers.DescribeStacks("dcc-new", "CREATE_IN_PROGRESS", ("PromptsTableName", "dcc-new-Prompts"));

        // Act
        var run = await Dcc("plan", "dcc-new");

        // Assert
        run.ExitCode.ShouldBe(1, run.Error);
        run.Error.ShouldContain("DCC1505: CloudFormation stack \"dcc-new\" in region eu-west-1 (status CREATE_IN_PROGRESS) has no output EnvironmentsTableName, DialedNumbersTableName");
        run.Error.ShouldContain("the stack has: PromptsTableName");
    }

    [Fact]
    public async Task ConfigPlan_AccessDenied_ExitsOneWithTheAwsError()
    {
        // Arrange
        _cloudFormation.Status = HttpStatusCode.Forbidden;
        _cloudFormation.Body = CloudFormationAnswers.Error("AccessDenied", "User is not authorized to perform: cloudformation:DescribeStacks");

        // Act
        var run = await Dcc("plan", "dcc-prod");

        // Assert
        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("DCC1502: DescribeStacks for stack \"dcc-prod\" in region eu-west-1");
        run.Error.ShouldContain("HTTP 403 Forbidden: AccessDenied: User is not authorized to perform: cloudformation:DescribeStacks");
    }

    public static TheoryData<string[], string> UsageErrors => new()
    {
        { ["--tables-from-stack", "dcc-prod", "--table-prefix", "dcc-prod-"], "--tables-from-stack and --table-prefix both name the tables; pass one of them." },
        { ["--cloudformation-endpoint-url", "http://127.0.0.1:9/"], "--cloudformation-endpoint-url is only used with --tables-from-stack." },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public async Task ConfigPlan_ConflictingTableOptions_ExitsTwoWithoutAskingCloudFormation(string[] options, string expectedError)
    {
        // Act
        var run = await DccRun.RunAsync(["config", "plan", RepositoryPaths.RoutingYaml, "--region", "eu-west-1", .. options]);

        // Assert
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(expectedError);
        _cloudFormation.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task ConfigPlan_EndpointFromVariable_AsksThatEndpoint()
    {
        // Arrange
        _cloudFormation.Status = HttpStatusCode.BadRequest;
        _cloudFormation.Body = CloudFormationAnswers.Error("ValidationError", "Stack with id dcc-prod does not exist");
        var environment = new Dictionary<string, string> { ["AWS_ENDPOINT_URL_CLOUDFORMATION"] = _cloudFormation.Endpoint.ToString() };

        // Act
        var run = await DccRun.RunAsync(environment, "config", "plan", RepositoryPaths.RoutingYaml, "--region", "eu-west-1", "--tables-from-stack", "dcc-prod");

        // Assert
        run.Error.ShouldContain($"does not exist in region eu-west-1 ({_cloudFormation.Endpoint})");
        _cloudFormation.Received.ShouldHaveSingleItem().Body.ShouldBe("Action=DescribeStacks&StackName=dcc-prod&Version=2010-05-15");
    }

    [Fact]
    public async Task ConfigPlan_ProfileWithSessionToken_SignsWithTheProfileAndSendsItsToken()
    {
        // Arrange
        _cloudFormation.Status = HttpStatusCode.BadRequest;
        _cloudFormation.Body = CloudFormationAnswers.Error("ValidationError", "Stack with id dcc-prod does not exist");
        var credentials = Path.Combine(_folder, "credentials");
        await File.WriteAllTextAsync(credentials,
            "[ops]\naws_access_key_id = AKIDOPS\naws_secret_access_key = ops-secret\naws_session_token = ops-session-token\nregion = ca-central-1\n");
        var environment = new Dictionary<string, string> { ["AWS_SHARED_CREDENTIALS_FILE"] = credentials };

        // Act: no --region; the profile's applies to the stack too.
        var run = await DccRun.RunAsync(environment, "config", "plan", RepositoryPaths.RoutingYaml, "--profile", "ops",
            "--tables-from-stack", "dcc-prod", "--cloudformation-endpoint-url", _cloudFormation.Endpoint.ToString());

        // Assert
        run.Error.ShouldContain("in region ca-central-1");
        var request = _cloudFormation.Received.ShouldHaveSingleItem();
        request.Headers["x-amz-security-token"].ShouldBe("ops-session-token");
        request.Headers["authorization"].ShouldStartWith("AWS4-HMAC-SHA256 Credential=AKIDOPS/");
        request.Headers["authorization"].ShouldContain("/ca-central-1/cloudformation/aws4_request, SignedHeaders=");
    }

    private async Task<DccRun> Dcc(string subcommand, string stack)
    {
        string[] extra = subcommand == "apply" ? ["--yes"] : [];
        string[] file = subcommand == "export" ? [] : [RepositoryPaths.RoutingYaml];
        return await DccRun.RunAsync(["config", subcommand, .. file, .. extra, "--region", "eu-west-1",
            "--tables-from-stack", stack, "--cloudformation-endpoint-url", _cloudFormation.Endpoint.ToString()]);
    }

    /// <summary>CloudFormation's Query endpoint on 127.0.0.1: records each request and answers with <see cref="Status"/> and <see cref="Body"/>.</summary>
    /// <remarks>The signature itself is verified against a reference signer in Storage.Tests (CloudFormationStackClientTests).</remarks>
    internal sealed class FakeStackEndpoint : IDisposable
    {
        private readonly LoopbackHttpServer _server;

        public FakeStackEndpoint() => _server = new LoopbackHttpServer(AnswerAsync);

        public Uri Endpoint => _server.Url;

        public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

        public string Body { get; set; } = "";

        public IReadOnlyList<Request> Received => [.. _server.Received.Select(r => new Request(r.Method, r.Headers, r.Text))];

        public void Dispose() => _server.Dispose();

        private async Task AnswerAsync(LoopbackRequest request, HttpResponse response, CancellationToken cancellationToken)
        {
            response.StatusCode = (int)Status;
            await response.WriteAsync(Body, cancellationToken);
        }

        /// <summary>One request; header names lower-case.</summary>
        public sealed record Request(string Method, IReadOnlyDictionary<string, string> Headers, string Body);
    }
}
