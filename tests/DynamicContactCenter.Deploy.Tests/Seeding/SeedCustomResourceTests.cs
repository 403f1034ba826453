using System.Text.Json.Nodes;
using DynamicContactCenter.Deploy.Tests.TestSupport;
using DynamicContactCenter.Functions.Configuration;
using DynamicContactCenter.Local;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Deploy.Tests.Seeding;

/// <summary>
/// The template's seeding custom resource end to end: the RoutingData properties as CloudFormation would send them for given
/// parameters, to the bootstrap process (JIT build of the same code) running as the SeedTables function with the template's
/// environment variables, behind a local Lambda Runtime API; dynalite plays DynamoDB and a loopback endpoint the ResponseURL.
/// </summary>
[Collection(Dynalite.CollectionName)]
[Trait("Category", "Integration")]
public sealed class SeedCustomResourceTests(DynaliteFixture dynalite) : IDisposable
{
    private const string StackId = "arn:aws:cloudformation:us-east-1:123456789012:stack/dcc-test/0a1b2c3d-0000-0000-0000-000000000000";
    private static readonly CloudFormationTemplate Template = CloudFormationTemplate.Source;
    private readonly ResponseUrlServer _responseUrl = new();
    private int _requests;

    public void Dispose() => _responseUrl.Dispose();

    [Fact]
    public async Task CreateUpdateDelete_TemplateProperties_SeedReseedAndCleanUpTheTables()
    {
        // Arrange
        var tables = await dynalite.CreateTablesAsync();
        await using var sut = StartSeeder(tables);
        var created = Properties(tables, StackParameters.Sample("Omega Widgets"));
        var updated = Properties(tables, new Dictionary<string, string>(StackParameters.Sample("Zeta Corp"))
        {
            ["SpanishPhoneNumber"] = "+14443339999",
            ["DefaultLanguage"] = "French",
        });

        // Act
        var create = await SendAsync(sut, "Create", created);
        var afterCreate = await ReadAsync(tables);
        var update = await SendAsync(sut, "Update", updated, old: created, physicalId: create.PhysicalResourceId);
        var afterUpdate = await ReadAsync(tables);
        var delete = await SendAsync(sut, "Delete", updated, physicalId: update.PhysicalResourceId);
        var afterDelete = await ReadAsync(tables);

        // Assert
        create.Status.ShouldBe("SUCCESS", create.Reason);
        var environment = afterCreate.Environments.ShouldHaveSingleItem();
        environment.Environment.ShouldBe("prod");
        environment.Functions["getDynamicAttributes"].ShouldBe(TemplateEvaluator.FunctionArn("GetDynAttributes"));
        environment.Functions["getPrompts"].ShouldBe(TemplateEvaluator.FunctionArn("GetPrompts"));
        afterCreate.DialedNumbers.Select(n => (n.Number, n.Language)).ShouldBe(
            [("+14443330000", "English"), ("+14443331111", "Spanish"), ("+14443332222", "French"), ("default", "English")], ignoreOrder: true);
        afterCreate.DialedNumbers.Single(n => n.Number == "+14443331111").Queue.ShouldBe(StackParameters.Queue(2));
        afterCreate.Languages.Select(l => l.Language).ShouldBe(["English", "French", "Spanish"], ignoreOrder: true);
        afterCreate.Languages.Single(l => l.Language == "English").Prompts[PromptNames.Intro].ShouldContain("Omega Widgets");

        update.Status.ShouldBe("SUCCESS", update.Reason);
        update.PhysicalResourceId.ShouldBe(create.PhysicalResourceId, "a new id would make CloudFormation replace the resource");
        afterUpdate.DialedNumbers.Select(n => n.Number).ShouldBe(["+14443330000", "+14443339999", "+14443332222", "default"], ignoreOrder: true);
        afterUpdate.DialedNumbers.Single(n => n.Number == "default").ShouldBe(new DialedNumber("default", "Main line", StackParameters.Queue(3), "French"));
        afterUpdate.Languages.Single(l => l.Language == "Spanish").Prompts[PromptNames.Hold].ShouldContain("Zeta Corp");

        delete.Status.ShouldBe("SUCCESS", delete.Reason);
        afterDelete.Keys.Count.ShouldBe(0);
        _responseUrl.Received.Count.ShouldBe(_requests, "every request is answered exactly once");
        _responseUrl.Received.ShouldAllBe(a => a.Method == "PUT" && string.IsNullOrEmpty(a.ContentType), "PUT with an empty content type, as the pre-signed URL was signed");
    }

    [Fact]
    public async Task Replacement_AndAFailedCreatesRollback_LeaveEveryRowInPlace()
    {
        // Arrange: a live resource; then the template renames it, so CloudFormation creates the new one and deletes the old.
        var tables = await dynalite.CreateTablesAsync();
        await using var sut = StartSeeder(tables);
        var properties = Properties(tables, StackParameters.Sample("Omega Widgets"));
        var old = await SendAsync(sut, "Create", properties);
        var replacement = await SendAsync(sut, "Create", properties, logicalId: "SeedData");
        var seeded = await ReadAsync(tables);
        var broken = new JsonObject { ["Environment"] = "prod" };

        // Act
        var deleteOld = await SendAsync(sut, "Delete", properties, physicalId: old.PhysicalResourceId);
        var afterReplacement = await ReadAsync(tables);
        var failedCreate = await SendAsync(sut, "Create", broken, logicalId: "Broken");
        var rollback = await SendAsync(sut, "Delete", broken, physicalId: failedCreate.PhysicalResourceId, logicalId: "Broken");
        var afterRollback = await ReadAsync(tables);

        // Assert
        replacement.PhysicalResourceId.ShouldNotBe(old.PhysicalResourceId);
        deleteOld.Status.ShouldBe("SUCCESS", deleteOld.Reason);
        afterReplacement.Keys.ShouldBe(seeded.Keys);
        afterReplacement.Keys.Count.ShouldBe(1 + 4 + 3, "prod, four numbers, three languages");
        failedCreate.Status.ShouldBe("FAILED");
        rollback.Status.ShouldBe("SUCCESS", rollback.Reason);
        afterRollback.Keys.ShouldBe(seeded.Keys);
        afterRollback.Languages.Single(l => l.Language == "English").Prompts[PromptNames.Intro].ShouldContain("Omega Widgets");
    }

    [Fact]
    public async Task Create_WriteFails_AnswersFailedWithTheReasonAndTheRollbackDeleteIsAnswered()
    {
        // Arrange: the template's variables name tables that do not exist, so the first write fails.
        var missing = RoutingTableNames.Default.WithPrefix("never-created-");
        await using var sut = StartSeeder(missing);
        var properties = Properties(missing, StackParameters.Sample());

        // Act
        var create = await SendAsync(sut, "Create", properties);
        var rollback = await SendAsync(sut, "Delete", properties, physicalId: create.PhysicalResourceId);

        // Assert
        create.Status.ShouldBe("FAILED");
        create.Reason!.ShouldStartWith("DCC");
        create.Reason.ShouldContain("never-created-");
        rollback.Status.ShouldBeOneOf("SUCCESS", "FAILED");
        _responseUrl.Received.Count.ShouldBe(_requests, "no request may go unanswered, failing ones included");
    }

    [Fact]
    public async Task Create_PropertiesNotAsTheTemplateSends_AnswersFailedNamingWhatIsMissing()
    {
        // Arrange
        var tables = await dynalite.CreateTablesAsync();
        await using var sut = StartSeeder(tables);
        var properties = Properties(tables, StackParameters.Sample());
        properties.Remove("Functions");

        // Act
        var create = await SendAsync(sut, "Create", properties);

        // Assert
        create.Status.ShouldBe("FAILED");
        create.Reason!.ShouldContain("Functions");
        (await ReadAsync(tables)).Keys.Count.ShouldBe(0, "nothing is half-written");
    }

    [Fact]
    public async Task Create_AccentedOrganisation_IsSpokenInEveryLanguagesPrompts()
    {
        // Arrange: a tenant serving Canada and Mexico; the name goes template parameter -> seeder properties -> Prompts rows,
        // which the flows play.
        const string organisation = "Señales Québec";
        var tables = await dynalite.CreateTablesAsync();
        await using var sut = StartSeeder(tables);
        var properties = Properties(tables, StackParameters.Sample(organisation));

        // Act
        var create = await SendAsync(sut, "Create", properties);
        var seeded = await ReadAsync(tables);

        // Assert
        create.Status.ShouldBe("SUCCESS", create.Reason);
        seeded.Languages.Single(l => l.Language == "Spanish").Prompts[PromptNames.Intro].ShouldStartWith($"Gracias por llamar a {organisation},");
        seeded.Languages.Single(l => l.Language == "French").Prompts[PromptNames.Hold].ShouldContain($"important pour {organisation};");
    }

    private LambdaProcess StartSeeder(RoutingTableNames tables)
    {
        var names = new Dictionary<string, string>
        {
            ["EnvironmentsTable"] = tables.Environments,
            ["DialedNumbersTable"] = tables.DialedNumbers,
            ["PromptsTable"] = tables.Prompts,
        };
        var evaluator = new TemplateEvaluator(Template, StackParameters.Sample(), names);
        var function = Template.Properties("SeedTables");
        var environment = function["Environment"]!["Variables"]!.AsObject().ToDictionary(v => v.Key, v => (string)evaluator.Resolve(v.Value)!);
        environment["AWS_ENDPOINT_URL_DYNAMODB"] = dynalite.ServiceUrl.ToString();
        environment["AWS_REGION"] = DynaliteFixture.Region;
        environment["AWS_ACCESS_KEY_ID"] = "dcc-test";
        environment["AWS_SECRET_ACCESS_KEY"] = "dcc-test";
        environment[SettingNames.AllowLoopbackResponseUrl] = "1";
        return LambdaProcess.Start(new LambdaProcessOptions
        {
            ExecutablePath = Path.Combine(AppContext.BaseDirectory, "bootstrap.dll"),
            Handler = (string)function["Handler"]!,
            Environment = environment,
        });
    }

    private static JsonObject Properties(RoutingTableNames tables, IReadOnlyDictionary<string, string> parameters)
    {
        var names = new Dictionary<string, string>
        {
            ["EnvironmentsTable"] = tables.Environments,
            ["DialedNumbersTable"] = tables.DialedNumbers,
            ["PromptsTable"] = tables.Prompts,
        };
        var properties = new TemplateEvaluator(Template, parameters, names).Resolve(Template.Properties("RoutingData"))!.AsObject();
        properties.Remove("ServiceToken");
        properties.Remove("ServiceTimeout");
        return properties;
    }

    private async Task<ResponseUrlServer.ReceivedAnswer> SendAsync(
        LambdaProcess sut, string requestType, JsonObject properties, JsonObject? old = null, string? physicalId = null, string logicalId = "RoutingData")
    {
        var requestId = $"request-{Interlocked.Increment(ref _requests)}";
        var request = new JsonObject
        {
            ["RequestType"] = requestType,
            ["ServiceToken"] = TemplateEvaluator.FunctionArn("SeedTables"),
            ["ResponseURL"] = _responseUrl.UrlFor(requestId),
            ["StackId"] = StackId,
            ["RequestId"] = requestId,
            ["LogicalResourceId"] = logicalId,
            ["ResourceType"] = "Custom::SeedTables",
            ["ResourceProperties"] = properties.DeepClone(),
        };
        if (physicalId is not null)
        {
            request["PhysicalResourceId"] = physicalId;
        }

        if (old is not null)
        {
            request["OldResourceProperties"] = old.DeepClone();
        }

        var result = await sut.InvokeAsync(request.ToJsonString(), new LocalInvocationOptions { Timeout = TimeSpan.FromSeconds(60) });
        result.TimedOut.ShouldBeFalse(string.Join('\n', sut.StandardError));
        return _responseUrl.Received.SingleOrDefault(a => a.Path.EndsWith("/" + requestId, StringComparison.Ordinal))
            ?? throw new ShouldAssertException($"{requestType} {requestId} was not answered on the ResponseURL; the function said {result.ErrorMessage ?? result.ResponseJson}. stderr: {string.Join('\n', sut.StandardError)}");
    }

    private async Task<RoutingRows> ReadAsync(RoutingTableNames tables)
    {
        using var client = dynalite.CreateClient();
        return await new DynamoRoutingReader(client, tables).ReadAllAsync(CancellationToken.None);
    }
}
