using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Explore;

/// <summary>Issue #12 item 6: <c>dcc explore</c> chooses what the caller says to a Lex bot (each intent of the block's conditions, words
/// no intent takes, silence) and the <c>$.External</c> a flow entered mid-journey starts with, writes them as <c>say:</c> and
/// <c>start:</c>, and the written scenarios replay green with <c>dcc test</c>.</summary>
[Trait("Issue", "12")]
public sealed class ExploreChooserTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-explore-choosers-").FullName;

    private static readonly string[] Config = ["--routing", RepositoryPaths.RoutingYaml, "--instance", RepositoryPaths.Combine("config", "instance.yaml")];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Explores <paramref name="json"/> as <c>NAME.json</c>, then runs the scenario file it wrote with <c>dcc test</c>.</summary>
    private async Task<(DccRun Explore, string Scenarios, DccRun Test)> ExploreThenTestAsync(string name, string json)
    {
        var flow = Path.Combine(_folder, name + ".json");
        await File.WriteAllTextAsync(flow, json);
        var output = Path.Combine(_folder, "explored");
        var explore = await DccRun.RunAsync(["explore", flow, "--out", output, .. Config]);
        explore.ExitCode.ShouldBe(0, explore.Error + explore.Output);
        var scenarios = await File.ReadAllTextAsync(Path.Combine(output, name + ".explored.yaml"));
        return (explore, scenarios, await DccRun.RunAsync(["test", output, .. Config]));
    }

    // The block's shape as the corpus's ReminderBotFlow exports it: LexV2Bot.AliasArn, conditions Equals on intent names.
    private const string LexMenu = """
        {"Version":"2019-10-30","StartAction":"Bot","Actions":[
          {"Identifier":"Bot","Type":"ConnectParticipantWithLexBot",
           "Parameters":{"Text":"Call or email?","LexV2Bot":{"AliasArn":"BOT_ALIAS_ARN_HERE"}},
           "Transitions":{"NextAction":"Unknown","Conditions":[
             {"NextAction":"Call","Condition":{"Operator":"Equals","Operands":["CallIntent"]}},
             {"NextAction":"Email","Condition":{"Operator":"Equals","Operands":["EmailIntent"]}}],
            "Errors":[{"NextAction":"Unknown","ErrorType":"NoMatchingCondition"},{"NextAction":"Silent","ErrorType":"NoMatchingError"}]}},
          {"Identifier":"Call","Type":"MessageParticipant","Parameters":{"Text":"We will call you."},"Transitions":{"NextAction":"Bye"}},
          {"Identifier":"Email","Type":"MessageParticipant","Parameters":{"Text":"We will email you."},"Transitions":{"NextAction":"Bye"}},
          {"Identifier":"Unknown","Type":"MessageParticipant","Parameters":{"Text":"Sorry, I did not get that."},"Transitions":{"NextAction":"Bye"}},
          {"Identifier":"Silent","Type":"MessageParticipant","Parameters":{"Text":"No answer."},"Transitions":{"NextAction":"Bye"}},
          {"Identifier":"Bye","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}]}
        """;

    [Fact]
    public async Task Explore_LexMenu_SaysEachIntent_AndTheWrittenScenariosPass()
    {
        // Act
        var (explore, scenarios, test) = await ExploreThenTestAsync("lex", LexMenu);

        // Assert: every prompt behind the bot was heard, through what the caller said, and the scenarios replay it.
        scenarios.ShouldContain("say: [\"CallIntent\"]");
        scenarios.ShouldContain("say: [\"EmailIntent\"]");
        foreach (var heard in (string[])["We will call you.", "We will email you.", "Sorry, I did not get that.", "No answer."])
        {
            scenarios.ShouldContain($"- {{ text: \"{heard}\" }}");
        }

        explore.Output.ShouldContain("actions 6/6");
        test.ExitCode.ShouldBe(0, test.Output);
        test.Output.TrimEnd().Split('\n')[^1].ShouldEndWith(" passed, 0 failed");
    }

    // The original sample's 100_LangFlow shape: a transfer target that compares $.External.language, which the flow before it set.
    private const string EnteredMidJourney = """
        {"Version":"2019-10-30","StartAction":"Language","Actions":[
          {"Identifier":"Language","Type":"Compare","Parameters":{"ComparisonValue":"$.External.language"},
           "Transitions":{"NextAction":"Other","Conditions":[
             {"NextAction":"English","Condition":{"Operator":"Equals","Operands":["English"]}}],
            "Errors":[{"NextAction":"Other","ErrorType":"NoMatchingCondition"}]}},
          {"Identifier":"English","Type":"MessageParticipant","Parameters":{"Text":"Hello."},"Transitions":{"NextAction":"Bye"}},
          {"Identifier":"Other","Type":"MessageParticipant","Parameters":{"Text":"Other language."},"Transitions":{"NextAction":"Bye"}},
          {"Identifier":"Bye","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}]}
        """;

    [Fact]
    public async Task Explore_CompareOnExternalWithNoFunctionBefore_StartsTheCallWithThatExternal_AndTheScenariosPass()
    {
        // Act
        var (explore, scenarios, test) = await ExploreThenTestAsync("lang", EnteredMidJourney);

        // Assert
        scenarios.ShouldContain("start: { external: {\"language\":\"English\"} }");
        scenarios.ShouldContain("- { text: \"Hello.\" }");
        explore.Output.ShouldContain("actions 4/4");
        test.ExitCode.ShouldBe(0, test.Output);
        test.Output.TrimEnd().Split('\n')[^1].ShouldEndWith(" passed, 0 failed");
    }
}
