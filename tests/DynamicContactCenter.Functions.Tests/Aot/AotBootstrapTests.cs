using DynamicContactCenter.Functions.Configuration;
using System.Text.Json;
using DynamicContactCenter.Functions.Handlers;
using DynamicContactCenter.Functions.Runtime;
using DynamicContactCenter.Functions.Tests.TestHelpers;
using DynamicContactCenter.Local;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Functions.Tests.Aot;

/// <summary>The shipped artifact itself: the Native AOT <c>bootstrap</c>, published, checked and driven through the local
/// Runtime API against dynalite. Slow (one AOT publish); run alone with <c>--filter Category=Aot</c>.</summary>
[Collection(Dynalite.CollectionName)]
[Trait("Category", "Aot")]
[Trait("Category", "Integration")]
public sealed class AotBootstrapTests(AotBootstrapFixture aot, DynaliteFixture dynalite) : IClassFixture<AotBootstrapFixture>
{
    private static readonly Version AmazonLinux2023Glibc = new(2, 34);
    private static readonly LocalInvocationOptions Invocation = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public void Publish_PublishAot_SucceedsWithoutTrimOrAotWarnings()
    {
        // Assert
        aot.PublishExitCode.ShouldBe(0, aot.PublishOutput);
        aot.PublishOutput.ShouldNotContain("warning IL");
        aot.PublishOutput.ShouldNotContain("error IL");
        File.Exists(aot.BootstrapPath).ShouldBeTrue();
    }

    [Fact]
    public void Bootstrap_RequiredGlibc_IsAtMostAmazonLinux2023s()
    {
        // Act
        var versions = ElfGlibcVersions.Required(aot.BootstrapPath);

        // Assert
        versions.ShouldNotBeEmpty();
        versions.Max()!.ShouldBeLessThanOrEqualTo(AmazonLinux2023Glibc, $"requires GLIBC_{versions.Max()}");
    }

    [Fact]
    public async Task Bootstrap_AllFourHandlers_SeedThenServeFromDynamoDbThroughTheRuntimeApi()
    {
        // Arrange
        var tables = await dynalite.CreateTablesAsync();
        var environment = Environment(tables);
        using var responseUrl = new ResponseUrlServer();

        // Act: seed through the custom resource, then read back through each Connect function.
        await using var seed = LambdaProcess.Start(Options("SeedTables", environment));
        var seeded = await seed.InvokeAsync(SeedRequests.Create(responseUrl.Url), Invocation);

        await using var getLambdas = LambdaProcess.Start(Options("GetLambdas", environment));
        var lambdas = await getLambdas.InvokeAsync(ConnectEvents.Create(parameters: new Dictionary<string, string> { ["environment"] = "prod" }), Invocation);

        await using var getDynAttributes = LambdaProcess.Start(Options("GetDynAttributes", environment));
        var attributes = await getDynAttributes.InvokeAsync(ConnectEvents.Create(SampleRoutingData.SpanishNumber, sessionAttributes: lambdas.ResponseJson is null ? null : ConnectEvents.ReadMap(lambdas.ResponseJson)["sessionAttributes"]), Invocation);

        await using var getPrompts = LambdaProcess.Start(Options("GetPrompts", environment));
        var prompts = await getPrompts.InvokeAsync(ConnectEvents.Create(sessionAttributes: attributes.ResponseJson is null ? null : ConnectEvents.ReadMap(attributes.ResponseJson)["sessionAttributes"]), Invocation);

        // Assert
        seeded.Succeeded.ShouldBeTrue(seeded.ErrorMessage + string.Join('\n', seed.StandardError));
        JsonDocument.Parse(responseUrl.Received.Single().Body).RootElement.GetProperty("Status").GetString().ShouldBe("SUCCESS");

        lambdas.Succeeded.ShouldBeTrue(lambdas.ErrorMessage);
        var lambdaResponse = ConnectEvents.ReadMap(lambdas.ResponseJson!);
        lambdaResponse["getPrompts"].ShouldBe(SampleRoutingData.FunctionArn("prod", "GetPrompts"));
        lambdaResponse["exitPrompt"].ShouldContain("Omega Widgets");

        attributes.Succeeded.ShouldBeTrue(attributes.ErrorMessage);
        var attributeResponse = ConnectEvents.ReadMap(attributes.ResponseJson!);
        attributeResponse["language"].ShouldBe("Spanish");
        attributeResponse["getPrompts"].ShouldBe(SampleRoutingData.FunctionArn("prod", "GetPrompts"));

        prompts.Succeeded.ShouldBeTrue(prompts.ErrorMessage);
        var promptResponse = ConnectEvents.ReadMap(prompts.ResponseJson!);
        promptResponse["voice"].ShouldBe("Lupe");
        promptResponse["introPrompt"].ShouldContain("Omega Widgets");
        promptResponse["name"].ShouldBe("Line 1");
    }

    [Fact]
    public async Task Bootstrap_BadEventThenGoodEvent_FailsOnlyTheFirstAndLogsBoth()
    {
        // Arrange
        await using var sut = LambdaProcess.Start(Options("GetPrompts", new Dictionary<string, string>()));

        // Act
        var bad = await sut.InvokeAsync("this is not json", Invocation);
        var good = await sut.InvokeAsync(ConnectEvents.Create(attributes: new Dictionary<string, string> { ["Language"] = "French" }), Invocation);

        // Assert
        bad.ErrorType.ShouldBe(ErrorTypes.InvalidEvent);
        bad.ErrorMessage.ShouldStartWith(FunctionMessages.EventNotJson.Code);
        good.Succeeded.ShouldBeTrue(good.ErrorMessage);
        ConnectEvents.ReadMap(good.ResponseJson!)["voice"].ShouldBe("Chantal");
        var log = sut.StandardOutput.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        log.Select(l => l.GetProperty("outcome").GetString()).ShouldBe(["error", "success"]);
        log[1].GetProperty("requestId").GetString().ShouldBe(good.RequestId);
    }

    [Fact]
    public async Task Bootstrap_UnknownHandler_ReportsInitErrorAndExits()
    {
        // Arrange
        await using var sut = LambdaProcess.Start(Options("GetWeather", new Dictionary<string, string>()));

        // Act
        var result = await sut.InvokeAsync("{}", Invocation);
        var exitCode = await sut.Exited.WaitAsync(TimeSpan.FromSeconds(30));

        // Assert
        exitCode.ShouldNotBe(0);
        sut.RuntimeApi.InitErrorBody!.ShouldContain(ErrorTypes.NoSuchHandler);
        result.ErrorMessage!.ShouldContain("Unknown function 'GetWeather'");
    }

    [Fact]
    public async Task Bootstrap_RuntimeApiUnreachable_ExitsWithCode3AndOneLineNotSigabrt()
    {
        // Arrange
        var options = Options("GetPrompts", new Dictionary<string, string>()) with { RuntimeApiAddress = ScriptedRuntimeApi.UnreachableAddress() };

        // Act
        await using var sut = LambdaProcess.Start(options);
        var exitCode = await sut.Exited.WaitAsync(TimeSpan.FromSeconds(60));

        // Assert: the defined code, not 134 (SIGABRT after an unhandled exception), and one line, not a stack dump.
        exitCode.ShouldBe(RuntimeExitCodes.RuntimeApiUnreachable);
        sut.StandardError.ShouldHaveSingleItem().ShouldStartWith(FunctionMessages.RuntimeApiUnreachable.Code);
    }

    [Fact]
    public async Task Bootstrap_NextAnswers404_ExitsWithCode4AndOneLineNotSigabrt()
    {
        // Arrange
        using var api = new ScriptedRuntimeApi(ScriptedRuntimeApi.Answer.Status(404, """{"errorMessage":"Unknown path"}"""));
        var options = Options("GetPrompts", new Dictionary<string, string>()) with { RuntimeApiAddress = api.Address };

        // Act
        await using var sut = LambdaProcess.Start(options);
        var exitCode = await sut.Exited.WaitAsync(TimeSpan.FromSeconds(60));

        // Assert
        exitCode.ShouldBe(RuntimeExitCodes.RuntimeApiProtocolError);
        sut.StandardError.ShouldHaveSingleItem().ShouldContain("HTTP 404");
    }

    private LambdaProcessOptions Options(string handler, IReadOnlyDictionary<string, string> environment) =>
        new() { ExecutablePath = aot.BootstrapPath, Handler = handler, Environment = environment };

    private Dictionary<string, string> Environment(RoutingTableNames tables) => new()
    {
        ["AWS_REGION"] = DynaliteFixture.Region,
        ["AWS_ENDPOINT_URL_DYNAMODB"] = dynalite.ServiceUrl.ToString(),
        ["AWS_ACCESS_KEY_ID"] = "dcc-test",
        ["AWS_SECRET_ACCESS_KEY"] = "dcc-test",
        [RoutingTableNames.EnvironmentsVariable] = tables.Environments,
        [RoutingTableNames.DialedNumbersVariable] = tables.DialedNumbers,
        [RoutingTableNames.PromptsVariable] = tables.Prompts,
        [SettingNames.AllowLoopbackResponseUrl] = "1",
    };
}
