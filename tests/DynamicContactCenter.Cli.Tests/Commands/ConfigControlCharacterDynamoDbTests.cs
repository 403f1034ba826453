using Amazon.DynamoDBv2.Model;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Storage.Yaml;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Commands;

/// <summary>Issue #10 item 5: a live table row holding control characters (the validator refuses them in files, not in a table
/// someone edited by hand) is shown escaped by <c>config plan</c> and <c>config export</c>, and export writes a file that reads back.</summary>
[Collection(Dynalite.CollectionName)]
[Trait("Category", "Integration")]
[Trait("Issue", "10")]
public sealed class ConfigControlCharacterDynamoDbTests(DynaliteFixture dynalite) : IDisposable
{
    // A reviewer of a raw plan would see only "Welcome to Zulu": CR returns to the start of the line, ESC[2K erases it.
    private const string SpoofedIntro = "Send your card number to evil.example\r\u001B[2KWelcome to Zulu\a";

    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-controls-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ConfigPlan_LiveRowWithControlCharacters_ShowsThemEscaped()
    {
        // Arrange
        var tables = await LiveTablesWithSpoofedIntroAsync();

        // Act
        var run = await Dcc(tables, "plan", RepositoryPaths.RoutingYaml);

        // Assert
        run.ExitCode.ShouldBe(2, run.Error);
        run.Output.ShouldContain("- Send your card number to evil.example\\r\\u001B[2KWelcome to Zulu\\u0007");
        run.Output.Where(c => char.IsControl(c) && c is not ('\n' or '\r')).ShouldBeEmpty();
        run.Output.ShouldNotContain("\r\u001B");
    }

    [Fact]
    public async Task ConfigExport_LiveRowWithControlCharacters_WritesAFileThatReadsBackAndNamesTheFinding()
    {
        // Arrange
        var tables = await LiveTablesWithSpoofedIntroAsync();
        var exported = Path.Combine(_folder, "exported.yaml");

        // Act
        var run = await Dcc(tables, "export", "--out", exported);
        var reloaded = RoutingYamlLoader.LoadFile(exported);

        // Assert: the live finding is printed escaped; the file holds escapes, reads back, and the loader reports the
        // control character at its key and line instead of failing to parse.
        run.ExitCode.ShouldBe(1, run.Error);
        run.Error.ShouldContain(RoutingMessages.ControlCharacter.Code);
        run.Error.ShouldNotContain("\u001B");
        var text = await File.ReadAllTextAsync(exported);
        text.ShouldNotContain("\u001B");
        var finding = reloaded.Diagnostics.ShouldHaveSingleItem(string.Join('\n', reloaded.Diagnostics));
        finding.Code.ShouldBe(RoutingMessages.ControlCharacter.Code);
        finding.Location.Field.ShouldBe("languages[\"English\"].prompts.introPrompt");
        finding.Line.ShouldNotBeNull();
    }

    [Fact]
    public async Task ConfigPlan_FileNameWithControlCharacters_ErrorShowsThemEscaped()
    {
        // Act: an error line quotes the path the user gave; an OSC title sequence in it must not reach the terminal raw.
        var run = await DccRun.RunAsync("config", "plan", "routing\u001B]0;owned\a.yaml");

        // Assert
        run.ExitCode.ShouldNotBe(0, run.Error);
        run.Error.ShouldContain("routing\\u001B]0;owned\\u0007.yaml");
        run.Error.Where(c => char.IsControl(c) && c is not ('\n' or '\r')).ShouldBeEmpty();
    }

    private async Task<RoutingTableNames> LiveTablesWithSpoofedIntroAsync()
    {
        var tables = await dynalite.CreateTablesAsync();
        (await Dcc(tables, "apply", RepositoryPaths.RoutingYaml, "--yes")).ExitCode.ShouldBe(0);
        using var client = dynalite.CreateClient();
        await client.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = tables.Prompts,
            Key = new() { ["language"] = new AttributeValue("English") },
            UpdateExpression = "SET introPrompt = :intro",
            ExpressionAttributeValues = new() { [":intro"] = new AttributeValue(SpoofedIntro) },
        });
        return tables;
    }

    private async Task<DccRun> Dcc(RoutingTableNames tables, string subcommand, params string[] args)
    {
        // The SDK reads credentials from the process environment; dynalite accepts any.
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "dcc-test");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "dcc-test");
        var prefix = tables.Environments[..^RoutingTableNames.Default.Environments.Length];
        return await DccRun.RunAsync(["config", subcommand, .. args,
            "--endpoint-url", dynalite.ServiceUrl.ToString(), "--region", DynaliteFixture.Region, "--table-prefix", prefix]);
    }
}
