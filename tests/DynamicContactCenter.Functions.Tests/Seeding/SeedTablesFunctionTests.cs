using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DynamicContactCenter.Functions.Handlers;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Functions.Tests.TestHelpers;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Functions.Tests.Seeding;

public sealed class SeedTablesFunctionTests : IDisposable
{
    private static readonly string[] EchoedIds = ["StackId", "RequestId", "LogicalResourceId"];
    private readonly ResponseUrlServer _responseUrl = new();
    private readonly FakeSeedTarget _target = new();

    public void Dispose() => _responseUrl.Dispose();

    [Fact]
    public async Task Create_ValidProperties_WritesTheTenantAndPutsSuccess()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var outcome = await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Create(_responseUrl.Url));

        // Assert
        outcome.Succeeded.ShouldBeTrue(outcome.ErrorMessage);
        var (written, owner) = _target.Writes.ShouldHaveSingleItem();
        written.Organisation.ShouldBe("Omega Widgets");
        written.Environments.ShouldHaveSingleItem().Functions["getPrompts"].ShouldBe(SampleRoutingData.FunctionArn("prod", "GetPrompts"));
        written.DialedNumbers.Select(n => n.Number).ShouldBe([SampleRoutingData.EnglishNumber, SampleRoutingData.SpanishNumber]);
        written.Languages.Select(l => l.Language).ShouldBe(["English", "Spanish", "French"], ignoreOrder: true);
        written.Languages.Single(l => l.Language == "English").Prompts[PromptNames.Intro].ShouldStartWith("Thank you for calling Omega Widgets,");
        var put = _responseUrl.Received.ShouldHaveSingleItem();
        put.Method.ShouldBe("PUT");
        using var body = JsonDocument.Parse(put.Body);
        body.RootElement.GetProperty("Status").GetString().ShouldBe("SUCCESS");
        body.RootElement.GetProperty("StackId").GetString().ShouldBe(SeedRequests.StackId);
        body.RootElement.GetProperty("RequestId").GetString().ShouldBe("request-1");
        body.RootElement.GetProperty("LogicalResourceId").GetString().ShouldBe("SeedTables");
        body.RootElement.GetProperty("PhysicalResourceId").GetString().ShouldStartWith("dcc-seed-SeedTables-");
        owner.ShouldBe(body.RootElement.GetProperty("PhysicalResourceId").GetString(), "each row is marked with the resource that wrote it");
    }

    [Fact]
    public async Task Put_Always_HasEmptyContentTypeAndContentLength()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Create(_responseUrl.Url));

        // Assert: an empty (or absent) content type is what the pre-signed S3 URL was signed for.
        var put = _responseUrl.Received.ShouldHaveSingleItem();
        string.IsNullOrEmpty(put.ContentType).ShouldBeTrue($"Content-Type was '{put.ContentType}'");
        put.ContentLength.ShouldBe(System.Text.Encoding.UTF8.GetByteCount(put.Body));
    }

    [Fact]
    public async Task Update_SameResource_KeepsPhysicalIdAndDeletesOnlyItsOwnRowsTheNewPropertiesDropped()
    {
        // Arrange
        var sut = CreateSut();
        await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Create(_responseUrl.Url));
        var physicalId = PutBody(0).GetProperty("PhysicalResourceId").GetString()!;
        var update = SeedRequests.Update(_responseUrl.Url, physicalId,
            newProperties: SeedRequests.Properties(environment: "prod", numbers: [SampleRoutingData.SpanishNumber]),
            oldProperties: SeedRequests.Properties(environment: "staging", numbers: [SampleRoutingData.EnglishNumber, SampleRoutingData.SpanishNumber]));

        // Act
        var outcome = await sut.InvokeAsync(FunctionNames.SeedTables, update);

        // Assert
        outcome.Succeeded.ShouldBeTrue(outcome.ErrorMessage);
        PutBody(1).GetProperty("PhysicalResourceId").GetString().ShouldBe(physicalId);
        _target.Writes[1].Owner.ShouldBe(physicalId);
        var (owner, keep) = _target.Deletes.ShouldHaveSingleItem();
        owner.ShouldBe(physicalId);
        keep.ShouldBe(RoutingKeys.Of(_target.Writes[1].Data));
    }

    [Fact]
    public async Task Create_Again_AnotherRequestIsAnotherInstanceWithAnotherId()
    {
        // Arrange
        var sut = CreateSut();

        // Act: CloudFormation replacing the resource sends a Create with a new RequestId (same or renamed logical id).
        await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Create(_responseUrl.Url, requestId: "request-1"));
        await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Create(_responseUrl.Url, requestId: "request-2"));
        await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Create(_responseUrl.Url, requestId: "request-1"));

        // Assert
        var ids = Enumerable.Range(0, 3).Select(i => PutBody(i).GetProperty("PhysicalResourceId").GetString()).ToList();
        ids[1].ShouldNotBe(ids[0], "a replacement's Delete of the old id must not find the new instance's rows");
        ids[2].ShouldBe(ids[0], "a retried Create is the same instance");
    }

    [Fact]
    public async Task Delete_AfterCreate_DeletesTheRowsItOwns()
    {
        // Arrange
        var sut = CreateSut();
        await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Create(_responseUrl.Url));
        var physicalId = PutBody(0).GetProperty("PhysicalResourceId").GetString()!;

        // Act
        var outcome = await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Delete(_responseUrl.Url, physicalId));

        // Assert
        outcome.Succeeded.ShouldBeTrue(outcome.ErrorMessage);
        _target.Deletes.ShouldHaveSingleItem().ShouldBe((physicalId, RoutingKeys.Empty));
        PutBody(1).GetProperty("Status").GetString().ShouldBe("SUCCESS");
        PutBody(1).GetProperty("PhysicalResourceId").GetString().ShouldBe(physicalId);
    }

    [Fact]
    public async Task Delete_OfACreateThatFailed_SucceedsWithoutDeletingAnything()
    {
        // Arrange: a Create that fails answers an id its rollback Delete recognises.
        var sut = CreateSut();
        await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Create(_responseUrl.Url, new JsonObject { ["Environment"] = "prod" }));
        var failedId = PutBody(0).GetProperty("PhysicalResourceId").GetString()!;

        // Act
        var outcome = await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Delete(_responseUrl.Url, failedId, new JsonObject { ["Environment"] = "prod" }));

        // Assert
        PutBody(0).GetProperty("Status").GetString().ShouldBe("FAILED");
        outcome.Succeeded.ShouldBeTrue(outcome.ErrorMessage);
        _target.Deletes.ShouldBeEmpty();
        PutBody(1).GetProperty("Status").GetString().ShouldBe("SUCCESS");
        PutBody(1).GetProperty("PhysicalResourceId").GetString().ShouldBe(failedId);
    }

    public static TheoryData<string, JsonObject, string, string> InvalidProperties => new()
    {
        { "queue is not an ARN", SeedRequests.Properties(queue: "BasicQueue"), "DCC4034", "BasicQueue" },
        { "number not E.164", SeedRequests.Properties(numbers: ["555-0100"]), "DCC4034", "555-0100" },
        { "language unknown", SeedRequests.Properties(language: "Klingon"), "DCC4034", "Klingon" },
        { "no Organisation", SeedRequests.Properties(organisation: null), FunctionMessages.PropertyMissing.Code, "ResourceProperties.Organisation" },
        { "no Environment", SeedRequests.Properties(environment: null), FunctionMessages.PropertyMissing.Code, "ResourceProperties.Environment" },
        { "bad RoutingYaml", SeedRequests.Properties(routingYaml: "languages: [1, 2"), FunctionMessages.RoutingYamlInvalid.Code, "RoutingYaml" },
    };

    [Theory]
    [MemberData(nameof(InvalidProperties))]
    public async Task Create_InvalidProperties_PutsFailedWithTheReasonAndWritesNothing(string why, JsonObject properties, string code, string reasonPart)
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var outcome = await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Create(_responseUrl.Url, properties));

        // Assert
        _target.Writes.ShouldBeEmpty(why);
        var body = PutBody(0);
        body.GetProperty("Status").GetString().ShouldBe("FAILED");
        var reason = body.GetProperty("Reason").GetString()!;
        reason.ShouldStartWith(code);
        reason.ShouldContain(reasonPart);
        outcome.ErrorType.ShouldBe(ErrorTypes.CustomResourceFailed);
        outcome.ErrorMessage!.ShouldContain(reasonPart);
    }

    [Fact]
    public async Task Create_NoResourceProperties_PutsFailedNamingTheFieldOnce()
    {
        // Arrange
        var request = JsonNode.Parse(SeedRequests.Create(_responseUrl.Url))!.AsObject();
        request.Remove("ResourceProperties");

        // Act
        await CreateSut().InvokeAsync(FunctionNames.SeedTables, request.ToJsonString());

        // Assert
        var reason = PutBody(0).GetProperty("Reason").GetString()!;
        reason.ShouldStartWith(FunctionMessages.PropertyMissing.Code + ": ResourceProperties is missing");
        reason.ShouldNotContain("ResourceProperties.ResourceProperties");
        _target.Writes.ShouldBeEmpty();
    }

    [Fact]
    public async Task Create_StoreFails_PutsFailedNamingTheStoreError()
    {
        // Arrange
        _target.FailWith = new RoutingStoreException("Prompts table 'p' refused PutItem 'English': AccessDenied");
        var sut = CreateSut();

        // Act
        await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Create(_responseUrl.Url));

        // Assert
        var reason = PutBody(0).GetProperty("Reason").GetString()!;
        PutBody(0).GetProperty("Status").GetString().ShouldBe("FAILED");
        reason.ShouldStartWith(FunctionMessages.SeedStoreFailed.Code);
        reason.ShouldContain("AccessDenied");
    }

    [Fact]
    public async Task Create_WriterHasABug_StillPutsFailedNamingTheException()
    {
        // Arrange
        var sut = new FunctionHost(new FakeRoutingStore(SampleRoutingData.Tenant()), new FunctionHostOptions { SeedTarget = new BuggyWriter(), AllowLoopbackResponseUrl = true });

        // Act
        await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Create(_responseUrl.Url));

        // Assert
        PutBody(0).GetProperty("Status").GetString().ShouldBe("FAILED");
        PutBody(0).GetProperty("Reason").GetString().ShouldBe("DCC4042: Seeding failed unexpectedly (InvalidOperationException): writer bug");
    }

    [Fact]
    public async Task Create_WorkRunsIntoTheDeadlineMargin_PutsFailedBeforeTheDeadline()
    {
        // Arrange
        // The work is cut at deadline - margin (1 s from now); the margin is wide so a loaded machine still answers
        // inside it (SeedTablesFunction cancels on the real clock, so a fake TimeProvider cannot drive this).
        _target.Delay = TimeSpan.FromSeconds(30);
        var sut = CreateSut(margin: TimeSpan.FromSeconds(10));
        var deadline = DateTimeOffset.UtcNow.AddSeconds(11);

        // Act
        var outcome = await sut.InvokeAsync(FunctionNames.SeedTables, System.Text.Encoding.UTF8.GetBytes(SeedRequests.Create(_responseUrl.Url)), "req", deadline, default);

        // Assert
        DateTimeOffset.UtcNow.ShouldBeLessThan(deadline);
        PutBody(0).GetProperty("Status").GetString().ShouldBe("FAILED");
        PutBody(0).GetProperty("Reason").GetString()!.ShouldStartWith(FunctionMessages.SeedTimedOut.Code);
        outcome.Succeeded.ShouldBeFalse();
    }

    public static TheoryData<string, string> MalformedRequests => new()
    {
        { "RequestType", "RequestType" },
        { "StackId", "StackId" },
        { "RequestId", "RequestId" },
        { "LogicalResourceId", "LogicalResourceId" },
    };

    [Theory]
    [MemberData(nameof(MalformedRequests))]
    public async Task Request_MissingField_PutsFailedNamingItWithTheIdsItHas(string field, string named)
    {
        // Arrange
        var request = JsonNode.Parse(SeedRequests.Create(_responseUrl.Url))!.AsObject();
        request.Remove(field);
        var sut = CreateSut();

        // Act
        var outcome = await sut.InvokeAsync(FunctionNames.SeedTables, request.ToJsonString());

        // Assert
        _target.Writes.ShouldBeEmpty();
        var body = PutBody(0);
        body.GetProperty("Status").GetString().ShouldBe("FAILED");
        body.GetProperty("Reason").GetString()!.ShouldContain($"has no '{named}'");
        body.GetProperty("PhysicalResourceId").GetString().ShouldNotBeNullOrEmpty();
        body.TryGetProperty(field, out _).ShouldBeFalse();
        foreach (var id in EchoedIds.Where(id => id != field))
        {
            body.TryGetProperty(id, out _).ShouldBeTrue($"{id} is echoed");
        }

        outcome.Succeeded.ShouldBeFalse();
    }

    [Fact]
    public async Task Request_UnknownRequestType_PutsFailed()
    {
        // Arrange
        var request = JsonNode.Parse(SeedRequests.Create(_responseUrl.Url))!.AsObject();
        request["RequestType"] = "Replace";

        // Act
        await CreateSut().InvokeAsync(FunctionNames.SeedTables, request.ToJsonString());

        // Assert
        PutBody(0).GetProperty("Reason").GetString()!.ShouldStartWith(FunctionMessages.BadRequestType.Code);
    }

    public static TheoryData<string, string> Unanswerable => new()
    {
        { "not json at all", "not JSON" },
        { """{"RequestType":"Create","StackId":"s","RequestId":"r","LogicalResourceId":"l"}""", "ResponseURL is missing" },
        { """{"RequestType":"Create","ResponseURL":"file:///etc/passwd"}""", "is not https" },
    };

    [Theory]
    [MemberData(nameof(Unanswerable))]
    public async Task Request_WithoutUsableResponseUrl_FailsTheInvocationSayingNoAnswerWasSent(string request, string messagePart)
    {
        // Act
        var outcome = await CreateSut().InvokeAsync(FunctionNames.SeedTables, request);

        // Assert
        outcome.ErrorType.ShouldBe(ErrorTypes.CustomResourceResponseFailed);
        outcome.ErrorMessage.ShouldStartWith(FunctionMessages.NoResponseUrl.Code);
        outcome.ErrorMessage!.ShouldContain(messagePart);
        _target.Writes.ShouldBeEmpty();
    }

    [Fact]
    public async Task Put_Refused_FailsTheInvocationNamingTheStatus()
    {
        // Arrange
        _responseUrl.AnswerStatus = HttpStatusCode.Forbidden;

        // Act
        var outcome = await CreateSut().InvokeAsync(FunctionNames.SeedTables, SeedRequests.Create(_responseUrl.Url));

        // Assert
        outcome.ErrorType.ShouldBe(ErrorTypes.CustomResourceResponseFailed);
        outcome.ErrorMessage.ShouldStartWith(FunctionMessages.ResponseUrlRefused.Code);
        outcome.ErrorMessage!.ShouldContain("HTTP 403");
    }

    [Fact]
    public async Task Create_WithoutTables_PutsFailedSayingWhichVariablesToSet()
    {
        // Arrange
        var sut = new FunctionHost(new FakeRoutingStore(SampleRoutingData.Tenant()), new FunctionHostOptions { AllowLoopbackResponseUrl = true });

        // Act
        await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Create(_responseUrl.Url));

        // Assert
        PutBody(0).GetProperty("Reason").GetString()!.ShouldContain("ENVIRONMENTS_TABLE");
    }

    [Fact]
    public async Task Response_HugeReason_IsCutToFit4096Bytes()
    {
        // Arrange: a thousand invalid numbers give a reason far over 4 KB.
        var numbers = Enumerable.Range(0, 1000).Select(i => $"bad-number-{i}").ToArray();
        var sut = CreateSut();

        // Act
        await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Create(_responseUrl.Url, SeedRequests.Properties(numbers: numbers)));

        // Assert
        var put = _responseUrl.Received.ShouldHaveSingleItem();
        System.Text.Encoding.UTF8.GetByteCount(put.Body).ShouldBeLessThanOrEqualTo(4096);
        PutBody(0).GetProperty("Reason").GetString()!.ShouldEndWith("...");
    }

    private FunctionHost CreateSut(TimeSpan? margin = null) =>
        new(new FakeRoutingStore(SampleRoutingData.Tenant()), new FunctionHostOptions
        {
            SeedTarget = _target,
            CustomResourceMargin = margin ?? TimeSpan.FromSeconds(5),
            AllowLoopbackResponseUrl = true,
        });

    private JsonElement PutBody(int index) => JsonDocument.Parse(_responseUrl.Received[index].Body).RootElement;

    private sealed class BuggyWriter : Storage.IRoutingWriter
    {
        public Task<RoutingKeys> WriteAsync(RoutingData data, string owner, CancellationToken cancellationToken) => throw new InvalidOperationException("writer bug");

        public Task<RoutingKeys> DeleteOwnedAsync(string owner, RoutingKeys keep, CancellationToken cancellationToken) => throw new InvalidOperationException("writer bug");
    }
}
