using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Functions.Tests.TestHelpers;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage.Config;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Storage.Yaml;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Functions.Tests.Seeding;

/// <summary>
/// Who owns a row (issue #10 item 1): SeedTables deletes only the rows its own resource instance wrote that still hold what it
/// wrote, so a replacement, a failed Create's rollback or a row changed by <c>dcc config apply</c> never loses data; and a
/// replacement that is rolled back hands the rows back to the old, still live, resource.
/// </summary>
[Collection(Dynalite.CollectionName)]
[Trait("Category", "Integration")]
public sealed class SeedOwnershipDynaliteTests(DynaliteFixture dynalite) : IDisposable
{
    private readonly ResponseUrlServer _responseUrl = new();
    private readonly AmazonDynamoDBClient _client = dynalite.CreateClient();

    public void Dispose()
    {
        _responseUrl.Dispose();
        _client.Dispose();
    }

    [Fact]
    public async Task Replacement_CreateNewThenDeleteOld_LeavesEveryRowTheNewOneWrote()
    {
        // Arrange: the resource was renamed in the template, so CloudFormation creates the new one, then deletes the old one.
        var (sut, client, tables) = await StartAsync();
        var oldId = await AnswerIdAsync(sut, SeedRequests.Create(_responseUrl.Url, requestId: "create-old", logicalId: "RoutingData"));
        await AnswerIdAsync(sut, SeedRequests.Create(_responseUrl.Url, requestId: "create-new", logicalId: "SeedData"));
        var before = Export(await ReadAsync(client, tables));

        // Act
        var delete = await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Delete(_responseUrl.Url, oldId, logicalId: "RoutingData"));

        // Assert
        delete.Succeeded.ShouldBeTrue(delete.ErrorMessage);
        var after = await ReadAsync(client, tables);
        Export(after).ShouldBe(before);
        after.Keys.Count.ShouldBe(6, "prod, two numbers, three languages");
    }

    [Fact]
    public async Task Delete_OfACreateThatFailedNamingOnlyAnEnvironment_LeavesEveryRowInPlace()
    {
        // Arrange: a live tenant, then another resource whose Create fails on properties naming only the environment.
        var (sut, client, tables) = await StartAsync();
        await AnswerIdAsync(sut, SeedRequests.Create(_responseUrl.Url, requestId: "create-live"));
        var before = Export(await ReadAsync(client, tables));
        var onlyEnvironment = new JsonObject { ["Environment"] = "prod" };
        var failedId = await AnswerIdAsync(sut, SeedRequests.Create(_responseUrl.Url, onlyEnvironment, requestId: "create-broken", logicalId: "Broken"));

        // Act: CloudFormation's rollback deletes the resource it could not create.
        var rollback = await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Delete(_responseUrl.Url, failedId, onlyEnvironment, logicalId: "Broken"));

        // Assert
        rollback.Succeeded.ShouldBeTrue(rollback.ErrorMessage);
        Export(await ReadAsync(client, tables)).ShouldBe(before);
    }

    [Fact]
    public async Task Delete_AfterConfigApplyChangedARow_KeepsThatRowAndItsLanguageAndRemovesTheRest()
    {
        // Arrange: seeded, then a team re-points the English number to Spanish with a new name through `dcc config apply`.
        var (sut, client, tables) = await StartAsync();
        var physicalId = await AnswerIdAsync(sut, SeedRequests.Create(_responseUrl.Url));
        var seeded = await ReadAsync(client, tables);
        var changed = seeded.DialedNumbers.Single(n => n.Number == SampleRoutingData.EnglishNumber) with { Name = "Team line", Language = "Spanish" };
        var desired = seeded.ToRoutingData("Omega Widgets", "English") with
        {
            DialedNumbers = [.. seeded.DialedNumbers.Select(n => n.Number == changed.Number ? changed : n)],
        };
        var applied = await new ConfigApplier(client, tables).ApplyAsync(ConfigPlanner.Plan(desired, seeded), null, CancellationToken.None);
        applied.Succeeded.ShouldBeTrue(applied.ConflictMessage);

        // Act
        var delete = await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Delete(_responseUrl.Url, physicalId));

        // Assert: the team's row stays, and so does the language it uses; everything else the seeder wrote is gone.
        delete.Succeeded.ShouldBeTrue(delete.ErrorMessage);
        var after = await ReadAsync(client, tables);
        after.DialedNumbers.ShouldBe([changed]);
        after.Languages.Select(l => l.Language).ShouldBe(["Spanish"]);
        after.Environments.ShouldBeEmpty();
    }

    [Fact]
    public async Task Delete_AfterAnInPlaceEditThatKeptTheMark_KeepsTheEditedRow()
    {
        // Arrange: someone edits one attribute in place (console, UpdateItem): the owner mark survives, the value does not.
        var (sut, client, tables) = await StartAsync();
        var physicalId = await AnswerIdAsync(sut, SeedRequests.Create(_responseUrl.Url));
        await client.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = tables.DialedNumbers,
            Key = new Dictionary<string, AttributeValue> { ["dialedNumber"] = new(SampleRoutingData.SpanishNumber) },
            UpdateExpression = "SET #name = :name",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#name"] = "name" },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":name"] = new("Edited in the console") },
        });

        // Act
        var delete = await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Delete(_responseUrl.Url, physicalId));

        // Assert
        delete.Succeeded.ShouldBeTrue(delete.ErrorMessage);
        var after = await ReadAsync(client, tables);
        after.DialedNumbers.ShouldHaveSingleItem().Name.ShouldBe("Edited in the console");
        after.Languages.Select(l => l.Language).ShouldBe(["Spanish"], "the edited number still uses it");
    }

    [Fact]
    public async Task Delete_Normal_RemovesExactlyTheRowsItWrote()
    {
        // Arrange: rows another writer put before the seeder (another environment and number) are not the seeder's.
        var (sut, client, tables) = await StartAsync();
        await client.PutItemAsync(tables.Environments, new Dictionary<string, AttributeValue>
        {
            ["environment"] = new("dev"),
            ["getPrompts"] = new(SampleRoutingData.FunctionArn("dev", "GetPrompts")),
        });
        var physicalId = await AnswerIdAsync(sut, SeedRequests.Create(_responseUrl.Url));

        // Act
        var delete = await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Delete(_responseUrl.Url, physicalId));

        // Assert
        delete.Succeeded.ShouldBeTrue(delete.ErrorMessage);
        var after = await ReadAsync(client, tables);
        after.Environments.Select(e => e.Environment).ShouldBe(["dev"]);
        after.DialedNumbers.ShouldBeEmpty();
        after.Languages.ShouldBeEmpty();
    }

    [Fact]
    public async Task OwnerMark_OnEverySeededRow_NeverReachesAHandlerAPlanOrAnExport()
    {
        // Arrange
        var (sut, client, tables) = await StartAsync();
        await AnswerIdAsync(sut, SeedRequests.Create(_responseUrl.Url));
        var raw = await client.ScanAsync(new ScanRequest(tables.Prompts));

        // Act
        var prompts = await sut.InvokeAsync(FunctionNames.GetPrompts, ConnectEvents.Create(attributes: new Dictionary<string, string> { ["Language"] = "Spanish" }));
        var rows = await ReadAsync(client, tables);
        var plan = ConfigPlanner.Plan(rows.ToRoutingData("Omega Widgets", "English"), rows);
        var export = RoutingYamlWriter.Write(rows.ToRoutingData("Omega Widgets", "English"));

        // Assert
        raw.Items.ShouldAllBe(item => item.ContainsKey(SeedOwnerMark.Attribute) && item[SeedOwnerMark.Attribute].M != null);
        prompts.Succeeded.ShouldBeTrue(prompts.ErrorMessage);
        prompts.ResponseJson!.ShouldNotContain("dcc:");
        rows.Languages.ShouldAllBe(l => !l.Prompts.Keys.Any(k => k.StartsWith("dcc:", StringComparison.Ordinal)));
        plan.HasChanges.ShouldBeFalse();
        export.ShouldNotContain("dcc:");
    }

    [Fact]
    public async Task Replacement_RolledBack_DeleteOfTheNewOneHandsEveryRowBackAsTheOldOneWroteIt()
    {
        // Arrange (replace, then roll back): CloudFormation created the NEW seeding resource, which wrote over the old one's rows,
        // then a later resource failed; the rollback deletes the new one while the old one stays live.
        // The old resource serves Omega Widgets; the renamed one (a replacement) writes Zeta Gadgets over the same rows.
        var (sut, client, tables) = await StartAsync();
        var oldId = await AnswerIdAsync(sut, SeedRequests.Create(_responseUrl.Url, SeedRequests.Properties("Omega Widgets"), requestId: "create-old", logicalId: "RoutingData"));
        var served = Export(await ReadAsync(client, tables));
        var newId = await AnswerIdAsync(sut, SeedRequests.Create(_responseUrl.Url, SeedRequests.Properties("Zeta Gadgets"), requestId: "create-new", logicalId: "SeedData"));
        Export(await ReadAsync(client, tables)).ShouldContain("Zeta Gadgets");

        // Act: a later resource of the update failed; the rollback deletes the new resource.
        var rollback = await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Delete(_responseUrl.Url, newId, SeedRequests.Properties("Zeta Gadgets"), logicalId: "SeedData"));

        // Assert: every row is back as the old, still live, resource wrote it, and is its own again: its Delete removes them all.
        rollback.Succeeded.ShouldBeTrue(rollback.ErrorMessage);
        Export(await ReadAsync(client, tables)).ShouldBe(served);
        var stackDelete = await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Delete(_responseUrl.Url, oldId, logicalId: "RoutingData"));
        stackDelete.Succeeded.ShouldBeTrue(stackDelete.ErrorMessage);
        (await ReadAsync(client, tables)).Keys.Count.ShouldBe(0);
    }

    [Fact]
    public async Task Replacement_Succeeded_OldDeleteLetsGoSoTheNewOnesDeleteEmptiesTheTables()
    {
        // Arrange: create the new resource, then CloudFormation's clean-up deletes the old one.
        var (sut, client, tables) = await StartAsync();
        var oldId = await AnswerIdAsync(sut, SeedRequests.Create(_responseUrl.Url, SeedRequests.Properties("Omega Widgets"), requestId: "create-old", logicalId: "RoutingData"));
        var newId = await AnswerIdAsync(sut, SeedRequests.Create(_responseUrl.Url, SeedRequests.Properties("Zeta Gadgets"), requestId: "create-new", logicalId: "SeedData"));
        var cleanup = await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Delete(_responseUrl.Url, oldId, logicalId: "RoutingData"));
        cleanup.Succeeded.ShouldBeTrue(cleanup.ErrorMessage);
        Export(await ReadAsync(client, tables)).ShouldContain("Zeta Gadgets");

        // Act: the stack is deleted later.
        var stackDelete = await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Delete(_responseUrl.Url, newId, SeedRequests.Properties("Zeta Gadgets"), logicalId: "SeedData"));

        // Assert: nothing is handed back to a resource that no longer exists.
        stackDelete.Succeeded.ShouldBeTrue(stackDelete.ErrorMessage);
        (await ReadAsync(client, tables)).Keys.Count.ShouldBe(0);
    }

    [Fact]
    public async Task Update_AfterConfigApplyChangedARow_KeepsTheTeamsRowAndReseedsTheRest()
    {
        // Arrange: seeded; a team re-points the English number through `dcc config apply`; then a stack update renames the
        // organisation (new properties), which re-writes the rows the stack still owns.
        var (sut, client, tables) = await StartAsync();
        var created = SeedRequests.Properties("Omega Widgets");
        var physicalId = await AnswerIdAsync(sut, SeedRequests.Create(_responseUrl.Url, created));
        var seeded = await ReadAsync(client, tables);
        var changed = seeded.DialedNumbers.Single(n => n.Number == SampleRoutingData.EnglishNumber) with { Name = "Team line", Language = "Spanish" };
        var desired = seeded.ToRoutingData("Omega Widgets", "English") with
        {
            DialedNumbers = [.. seeded.DialedNumbers.Select(n => n.Number == changed.Number ? changed : n)],
        };
        var applied = await new ConfigApplier(client, tables).ApplyAsync(ConfigPlanner.Plan(desired, seeded), null, CancellationToken.None);
        applied.Succeeded.ShouldBeTrue(applied.ConflictMessage);

        // Act
        var update = await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Update(_responseUrl.Url, physicalId, SeedRequests.Properties("Zeta Gadgets"), created));

        // Assert: the team's change survives the update; the rows the stack still owns carry the new organisation.
        update.Succeeded.ShouldBeTrue(update.ErrorMessage);
        JsonDocument.Parse(_responseUrl.Received[^1].Body).RootElement.GetProperty("Status").GetString().ShouldBe("SUCCESS");
        var after = await ReadAsync(client, tables);
        after.DialedNumbers.Single(n => n.Number == SampleRoutingData.EnglishNumber).ShouldBe(changed);
        after.Languages.Single(l => l.Language == "Spanish").Prompts[PromptNames.Intro].ShouldContain("Zeta Gadgets");
    }

    [Fact]
    [Trait("Issue", "13")]
    public async Task Update_AfterConfigApplyChangedARow_SaysWhichRowItKeptInTheLogAndTheStackEvent()
    {
        // Arrange: seeded, then a team renames the English number through `dcc config apply`.
        var (sut, client, tables) = await StartAsync();
        var created = SeedRequests.Properties("Omega Widgets");
        var physicalId = await AnswerIdAsync(sut, SeedRequests.Create(_responseUrl.Url, created));
        var seeded = await ReadAsync(client, tables);
        var desired = seeded.ToRoutingData("Omega Widgets", "English") with
        {
            DialedNumbers = [.. seeded.DialedNumbers.Select(n => n.Number == SampleRoutingData.EnglishNumber ? n with { Name = "Team line" } : n)],
        };
        var applied = await new ConfigApplier(client, tables).ApplyAsync(ConfigPlanner.Plan(desired, seeded), null, CancellationToken.None);
        applied.Succeeded.ShouldBeTrue(applied.ConflictMessage);

        // Act
        var update = await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Update(_responseUrl.Url, physicalId, SeedRequests.Properties("Zeta Gadgets"), created));

        // Assert: SUCCESS, and both the log line and the stack event name the kept row.
        update.Succeeded.ShouldBeTrue(update.ErrorMessage);
        var answer = JsonDocument.Parse(_responseUrl.Received[^1].Body).RootElement;
        answer.GetProperty("Status").GetString().ShouldBe("SUCCESS");
        answer.GetProperty("Reason").GetString().ShouldBe(FunctionMessages.SeedKeptRows.CodedMessage(1, SampleRoutingData.EnglishNumber));
        update.Notes.ShouldBe([FunctionMessages.SeedKeptRow.CodedMessage("DialedNumbers", SampleRoutingData.EnglishNumber)]);
    }

    [Fact]
    [Trait("Issue", "13")]
    public async Task Update_NoRowChangedOutsideTheStack_AnswersWithoutAReasonOrNotes()
    {
        // Arrange
        var (sut, _, _) = await StartAsync();
        var created = SeedRequests.Properties("Omega Widgets");
        var physicalId = await AnswerIdAsync(sut, SeedRequests.Create(_responseUrl.Url, created));

        // Act
        var update = await sut.InvokeAsync(FunctionNames.SeedTables, SeedRequests.Update(_responseUrl.Url, physicalId, SeedRequests.Properties("Zeta Gadgets"), created));

        // Assert
        update.Succeeded.ShouldBeTrue(update.ErrorMessage);
        JsonDocument.Parse(_responseUrl.Received[^1].Body).RootElement.TryGetProperty("Reason", out _).ShouldBeFalse();
        update.Notes.ShouldBeEmpty();
    }

    private async Task<(FunctionHost Sut, AmazonDynamoDBClient Client, RoutingTableNames Tables)> StartAsync()
    {
        var tables = await dynalite.CreateTablesAsync();
        var sut = new FunctionHost(new DynamoRoutingStore(_client, tables), new FunctionHostOptions { SeedTarget = new DynamoRoutingWriter(_client, tables), AllowLoopbackResponseUrl = true });
        return (sut, _client, tables);
    }

    private async Task<string> AnswerIdAsync(FunctionHost sut, string request)
    {
        await sut.InvokeAsync(FunctionNames.SeedTables, request);
        return JsonDocument.Parse(_responseUrl.Received[^1].Body).RootElement.GetProperty("PhysicalResourceId").GetString()!;
    }

    /// <summary>Every row's every value as text, for comparing table contents.</summary>
    private static string Export(RoutingRows rows) => RoutingYamlWriter.Write(rows.ToRoutingData("Omega Widgets", "English"), restoreOrganisationPlaceholder: false);

    private static Task<RoutingRows> ReadAsync(AmazonDynamoDBClient client, RoutingTableNames tables) =>
        new DynamoRoutingReader(client, tables).ReadAllAsync(CancellationToken.None);
}
