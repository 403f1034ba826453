using Amazon.DynamoDBv2.Model;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Storage.Yaml;
using DynamicContactCenter.Testing;
using Spectre.Console.Testing;

namespace DynamicContactCenter.Cli.Tests.Commands;

[Collection(Dynalite.CollectionName)]
[Trait("Category", "Integration")]
[Trait("Issue", "6")]
public sealed class ConfigCommandDynamoDbTests(DynaliteFixture dynalite) : IDisposable
{
    private const string GermanNumber = "+14443334444";
    private const string NewIntro = "Welcome to {organisation}, now with German service.";

    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-config-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ConfigPlan_EmptyTables_ListsEveryRowAndExitsTwo()
    {
        // Arrange
        var tables = await dynalite.CreateTablesAsync();

        // Act
        var run = await Dcc(tables, "plan", SampleFile());

        // Assert
        run.ExitCode.ShouldBe(2, run.Error);
        run.Output.ShouldContain($"DialedNumbers ({tables.DialedNumbers}): 4 to add, 0 to change, 0 to remove");
        run.Output.ShouldContain("  + +14443331111 (add)");
        run.Output.ShouldContain("      + language: Spanish");
        run.Output.ShouldContain("Plan: 9 to add, 0 to change, 0 to remove.");
    }

    [Fact]
    public async Task ConfigApply_EmptyTables_WritesWithProgressAndSecondApplyIsANoOp()
    {
        // Arrange
        var tables = await dynalite.CreateTablesAsync();
        var file = SampleFile();

        // Act
        var first = await Dcc(tables, "apply", file, "--yes");
        var second = await Dcc(tables, "apply", file, "--yes");
        var plan = await Dcc(tables, "plan", file);

        // Assert
        first.ExitCode.ShouldBe(0, first.Error);
        // Rows of a step are written at once, so lines come in order of completion: the languages' step first, environments last.
        first.Output.ShouldMatch(@"\[1/9\] \+ Prompts (English|Spanish|French)");
        first.Output.ShouldMatch(@"\[9/9\] \+ Environments (prod|dev)");
        first.Output.ShouldContain("Applied: 9 added, 0 changed, 0 removed (9 rows written).");
        second.ExitCode.ShouldBe(0, second.Error);
        second.Output.ShouldContain("No changes: the tables match the file.");
        second.Output.ShouldNotContain("Applied:");
        plan.ExitCode.ShouldBe(0, plan.Error);
        (await RawItemsAsync(tables.DialedNumbers)).Count.ShouldBe(4);
    }

    [Fact]
    public async Task ConfigApply_ChangeSet_PlanShowsAttributeDiffAndTablesHoldTheFile()
    {
        // Arrange: the sample is live; the file adds German and its number, rewords the English intro, moves the
        // Spanish number to queue 4 and removes the French number and language.
        var tables = await dynalite.CreateTablesAsync();
        await Dcc(tables, "apply", SampleFile(), "--yes");
        var file = ChangedFile();

        // Act
        var plan = await Dcc(tables, "plan", file);
        var apply = await Dcc(tables, "apply", file, "--yes");

        // Assert
        plan.ExitCode.ShouldBe(2, plan.Error);
        plan.Output.ShouldContain($"""
              ~ +14443331111 (change)
                  ~ queue:
                      - {SampleRoutingData.QueueArn(2)}
                      + {SampleRoutingData.QueueArn(4)}
            """.ReplaceLineEndings());
        plan.Output.ShouldContain("          + Welcome to Alpha to Zulu Corp, now with German service.");
        plan.Output.ShouldContain("  - +14443332222 (remove)");
        plan.Output.ShouldContain("  - French (remove)");
        plan.Output.ShouldContain("Plan: 2 to add, 2 to change, 2 to remove.");
        apply.ExitCode.ShouldBe(0, apply.Error);
        apply.Output.ShouldContain("Applied: 2 added, 2 changed, 2 removed (6 rows written).");
        var numbers = await RawItemsAsync(tables.DialedNumbers);
        numbers.ToDictionary(n => n["dialedNumber"].S, n => n["queue"].S).ShouldBe(new Dictionary<string, string>
        {
            ["+14443330000"] = SampleRoutingData.QueueArn(1),
            ["+14443331111"] = SampleRoutingData.QueueArn(4),
            [GermanNumber] = SampleRoutingData.QueueArn(5),
            ["default"] = SampleRoutingData.QueueArn(1),
        }, ignoreOrder: true);
        var languages = await RawItemsAsync(tables.Prompts);
        languages.Select(l => l["language"].S).ShouldBe(["English", "German", "Spanish"], ignoreOrder: true);
        languages.Single(l => l["language"].S == "English")[PromptNames.Intro].S.ShouldBe("Welcome to Alpha to Zulu Corp, now with German service.");
    }

    [Fact]
    public async Task ConfigPlan_Preview_ShowsPerNumberWhatCallersHearDifferently()
    {
        // Arrange: the sample is live; the file moves the Spanish number to the English queue and drops the French number,
        // whose callers then get the default row (English).
        var tables = await dynalite.CreateTablesAsync();
        await Dcc(tables, "apply", SampleFile(), "--yes");
        var file = Write("moved.yaml", (await File.ReadAllTextAsync(SampleFile()))
            .Replace("queue/aaaaaaaa-0000-0000-0000-000000000002", "queue/aaaaaaaa-0000-0000-0000-000000000001", StringComparison.Ordinal)
            .Replace("""
              "+14443332222":
                name: French line
            """.ReplaceLineEndings("\n"), "  \"+14443339999\":\n    name: Other line\n", StringComparison.Ordinal));

        // Act: a Tuesday at 10:00 New York time, inside the sample's hours.
        var run = await Dcc(tables, "plan", file, "--preview", "--at", "2026-11-24T10:00:00-05:00");

        // Assert
        run.ExitCode.ShouldBe(2, run.Error);
        run.Output.ShouldContain("Preview: what callers hear, for a call to each number at 2026-11-24 10:00 -05:00");
        run.Output.ShouldContain("  = +14443330000 (English line): no difference");
        run.Output.ShouldContain("""
              ~ +14443331111 (Spanish line)
                  - ends queued in Spanish
                  + ends queued in English
            """.ReplaceLineEndings());
        run.Output.ShouldContain("      - [Chantal] Merci d'avoir appelé Alpha to Zulu Corp");
        run.Output.ShouldContain("      + [Joanna] Thank you for calling Alpha to Zulu Corp");
        run.Output.ShouldContain("Preview: 3 of 5 numbers sound different.");
    }

    [Fact]
    public async Task ConfigExport_ThenPlan_ShowsNoChanges()
    {
        // Arrange: the tables seeded by another writer (as the stack's custom resource does).
        var tables = await dynalite.CreateTablesAsync();
        using (var client = dynalite.CreateClient())
        {
            await new DynamoRoutingWriter(client, tables).WriteAsync(RoutingYamlLoader.LoadEmbedded(), CancellationToken.None);
        }
        var exported = Path.Combine(_folder, "exported.yaml");

        // Act
        var export = await Dcc(tables, "export", "--out", exported);
        var plan = await Dcc(tables, "plan", exported);

        // Assert
        export.ExitCode.ShouldBe(0, export.Error);
        export.Output.ShouldContain($"Exported 4 numbers, 3 languages and 2 environments from DynamoDB tables {tables.Environments}");
        var text = await File.ReadAllTextAsync(exported);
        text.ShouldContain("organisation: Alpha to Zulu Corp");
        text.ShouldContain("defaultLanguage: English");
        text.ShouldContain("introPrompt: Thank you for calling {organisation}, the home of quality widgets");
        plan.ExitCode.ShouldBe(0, plan.Error + plan.Output);
        plan.Output.ShouldContain("No changes: the tables match the file.");
    }

    [Fact]
    [Trait("Issue", "10")]
    public async Task ConfigApply_AnotherApplyHoldsTheLock_ExitsOneNamingItAndWritesNothingWhilePlanAndExportDoNotSeeTheLock()
    {
        // Arrange: the sample is live, and another apply (on another machine) holds the lock for the next hour.
        var tables = await dynalite.CreateTablesAsync();
        await Dcc(tables, "apply", SampleFile(), "--yes");
        var now = TimeProvider.System.GetUtcNow();
        using (var client = dynalite.CreateClient())
        {
            await client.PutItemAsync(tables.DialedNumbers, new Dictionary<string, AttributeValue>
            {
                ["dialedNumber"] = new("dcc:apply-lock"),
                ["dcc:lock"] = new()
                {
                    M = new()
                    {
                        ["id"] = new("other"),
                        ["holder"] = new("dcc config apply (process 4242 on build-7)"),
                        ["since"] = new() { N = now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture) },
                        ["expires"] = new() { N = now.AddHours(1).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    },
                },
            });
        }

        // Act
        var apply = await Dcc(tables, "apply", ChangedFile(), "--yes");
        var plan = await Dcc(tables, "plan", SampleFile());
        var export = await Dcc(tables, "export");

        // Assert
        apply.ExitCode.ShouldBe(1, apply.Output);
        apply.Error.ShouldContain($"error: DCC1410: another apply holds the apply lock (row \"dcc:apply-lock\" in DynamoDB table {tables.DialedNumbers}): dcc config apply (process 4242 on build-7), since ");
        apply.Error.ShouldContain("nothing was written");
        apply.Error.ShouldNotContain("   at ");
        (await RawItemsAsync(tables.DialedNumbers)).ShouldNotContain(i => i["dialedNumber"].S == GermanNumber);
        plan.ExitCode.ShouldBe(0, plan.Error + plan.Output);
        export.ExitCode.ShouldBe(0, export.Error);
        export.Output.ShouldNotContain("dcc:");
        var exported = RoutingYamlLoader.Load(export.Output, "stdout.yaml");
        exported.Succeeded.ShouldBeTrue(string.Join('\n', exported.Diagnostics));
        exported.Value.DialedNumbers.Select(n => n.Number).ShouldBe(RoutingYamlLoader.LoadEmbedded().DialedNumbers.Select(n => n.Number), ignoreOrder: true);
    }

    [Fact]
    public async Task ConfigExport_ToStandardOutput_PrintsALoadableRoutingFile()
    {
        // Arrange
        var tables = await dynalite.CreateTablesAsync();
        await Dcc(tables, "apply", ChangedFile(), "--yes");

        // Act
        var run = await Dcc(tables, "export", "--default-language", "German", "--organisation", "Alpha to Zulu Corp");

        // Assert
        run.ExitCode.ShouldBe(0, run.Error);
        var loaded = RoutingYamlLoader.Load(run.Output, "stdout.yaml");
        loaded.Succeeded.ShouldBeTrue(string.Join('\n', loaded.Diagnostics));
        loaded.Value.DefaultLanguage.ShouldBe("German");
        loaded.Value.DialedNumbers.Select(n => n.Number).ShouldContain(GermanNumber);
    }

    [Fact]
    public async Task ConfigExport_NumberOnMissingLanguage_WritesTheFileAndExitsOneListingTheFinding()
    {
        // Arrange: a number edited by hand to a language that is not in the Prompts table.
        var tables = await dynalite.CreateTablesAsync();
        await Dcc(tables, "apply", SampleFile(), "--yes");
        using (var client = dynalite.CreateClient())
        {
            await client.PutItemAsync(tables.DialedNumbers, new()
            {
                ["dialedNumber"] = new AttributeValue("+14443337777"),
                ["name"] = new AttributeValue("Dutch line"),
                ["queue"] = new AttributeValue(SampleRoutingData.QueueArn(6)),
                ["language"] = new AttributeValue("Dutch"),
            });
        }
        var exported = Path.Combine(_folder, "exported.yaml");

        // Act
        var run = await Dcc(tables, "export", "--out", exported);

        // Assert
        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("Dutch");
        run.Error.ShouldContain("the live tables break the routing rules");
        (await File.ReadAllTextAsync(exported)).ShouldContain("+14443337777");
    }

    [Fact]
    public async Task ConfigApply_InvalidFile_WritesNothingAndExitsTwo()
    {
        // Arrange
        var tables = await dynalite.CreateTablesAsync();
        var file = Write("invalid.yaml", (await File.ReadAllTextAsync(SampleFile())).Replace("voice: Lupe", "voice: Joanna", StringComparison.Ordinal));

        // Act
        var run = await Dcc(tables, "apply", file, "--yes");

        // Assert
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("Joanna");
        (await RawItemsAsync(tables.Prompts)).ShouldBeEmpty();
        (await RawItemsAsync(tables.DialedNumbers)).ShouldBeEmpty();
        (await RawItemsAsync(tables.Environments)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ConfigApply_WithoutYesOnANonInteractiveConsole_WritesNothingAndExitsTwo()
    {
        // Arrange
        var tables = await dynalite.CreateTablesAsync();

        // Act
        var run = await Dcc(tables, "apply", SampleFile());

        // Assert
        run.ExitCode.ShouldBe(2);
        run.Output.ShouldContain("Plan: 9 to add");
        run.Error.ShouldContain("pass --yes to confirm");
        (await RawItemsAsync(tables.Prompts)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("n", 1, 0)]
    [InlineData("y", 0, 4)]
    public async Task ConfigApply_WithoutYesOnAnInteractiveConsole_AsksAndWritesOnlyOnYes(string answer, int expectedExit, int expectedNumbers)
    {
        // Arrange
        var tables = await dynalite.CreateTablesAsync();
        var console = new TestConsole().Width(200).Interactive();
        console.Profile.Capabilities.Ansi = false;
        console.Input.PushTextWithEnter(answer);
        using var error = new StringWriter();
        var context = new CliContext(console, error, _ => null, Directory.GetCurrentDirectory());

        // Act
        var exitCode = await DccApp.RunAsync(["config", "apply", SampleFile(),
            "--endpoint-url", dynalite.ServiceUrl.ToString(), "--region", DynaliteFixture.Region, "--table-prefix", Prefix(tables)], context, CancellationToken.None);

        // Assert
        exitCode.ShouldBe(expectedExit, error.ToString());
        console.Output.ShouldContain("Apply these changes?");
        (await RawItemsAsync(tables.DialedNumbers)).Count.ShouldBe(expectedNumbers);
    }

    [Fact]
    public async Task ConfigPlan_TablesMissing_ExitsOneNamingTheTable()
    {
        var tables = RoutingTableNames.Default.WithPrefix("absent-");

        var run = await Dcc(tables, "plan", SampleFile());

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("absent-Environments");
    }

    [Fact]
    public async Task ConfigPlan_WithProfile_SignsWithThatProfile()
    {
        // Arrange
        var tables = await dynalite.CreateTablesAsync();
        var credentials = Write("credentials", "[ci]\naws_access_key_id = dcc-profile\naws_secret_access_key = dcc-profile\nregion = us-east-1\n");
        var environment = new Dictionary<string, string> { ["AWS_SHARED_CREDENTIALS_FILE"] = credentials };

        // Act
        var run = await DccRun.RunAsync(environment, "config", "plan", SampleFile(), "--profile", "ci",
            "--endpoint-url", dynalite.ServiceUrl.ToString(), "--table-prefix", Prefix(tables));

        // Assert
        run.ExitCode.ShouldBe(2, run.Error);
        run.Output.ShouldContain("Plan: 9 to add");
    }

    private async Task<DccRun> Dcc(RoutingTableNames tables, string subcommand, params string[] args)
    {
        // Credentials: the SDK reads the suite's pinned dummy keys (AmbientAws.Pinned); dynalite accepts any.
        return await DccRun.RunAsync(["config", subcommand, .. args,
            "--endpoint-url", dynalite.ServiceUrl.ToString(), "--region", DynaliteFixture.Region, "--table-prefix", Prefix(tables)]);
    }

    private static string Prefix(RoutingTableNames tables) => tables.Environments[..^RoutingTableNames.Default.Environments.Length];

    private static string SampleFile() => RepositoryPaths.RoutingYaml;

    private string ChangedFile()
    {
        var sample = RoutingYamlLoader.LoadEmbedded();
        var english = sample.Languages.Single(l => l.Language == "English");
        var changed = sample with
        {
            DialedNumbers =
            [
                .. sample.DialedNumbers
                    .Where(n => n.Number != SampleRoutingData.FrenchNumber)
                    .Select(n => n.Number == SampleRoutingData.SpanishNumber ? n with { Queue = SampleRoutingData.QueueArn(4) } : n),
                new DialedNumber(GermanNumber, "German line", SampleRoutingData.QueueArn(5), "German"),
            ],
            Languages =
            [
                english with { Prompts = english.Prompts.SetItem(PromptNames.Intro, NewIntro.Replace("{organisation}", sample.Organisation, StringComparison.Ordinal)) },
                sample.Languages.Single(l => l.Language == "Spanish"),
                SampleRoutingData.Language("German", "Vicki", "de-DE"),
            ],
        };
        return Write("changed.yaml", RoutingYamlWriter.Write(changed));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private async Task<List<Dictionary<string, AttributeValue>>> RawItemsAsync(string table)
    {
        using var client = dynalite.CreateClient();
        return (await client.ScanAsync(new ScanRequest(table) { ConsistentRead = true })).Items;
    }
}
