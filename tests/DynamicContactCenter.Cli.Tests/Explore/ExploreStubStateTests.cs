using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Explore;

/// <summary>Issue #12 item 6: a queue and hours the instance model does not have are stubs, open with one available agent; explore
/// chooses their state (<c>stubs: { REF: closed | Offline | ... }</c>) as it chooses a time and agent states for modelled ones, so the
/// closed and unstaffed branches behind them are reached, and the written scenarios replay them.</summary>
[Trait("Issue", "12")]
public sealed class ExploreStubStateTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-explore-stubs-").FullName;

    private static readonly string[] Config = ["--routing", RepositoryPaths.RoutingYaml, "--instance", RepositoryPaths.Combine("config", "instance.yaml")];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // A literal queue ARN of another instance (as the corpus's exports carry) and the working queue's hours, as ExploreFlows.Menu wires
    // CheckHoursOfOperation and CheckMetricData (NumberOfAgentsAvailable, NumberGreaterThan 0).
    private const string Flow = """
        {"Version":"2019-10-30","StartAction":"Set queue","Actions":[
          {"Identifier":"Set queue","Type":"UpdateContactTargetQueue","Parameters":{"QueueId":"arn:aws:connect:us-east-1:111122223333:instance/abc/queue/support"},
           "Transitions":{"NextAction":"Check hours","Errors":[{"NextAction":"Bye","ErrorType":"NoMatchingError"}]}},
          {"Identifier":"Check hours","Type":"CheckHoursOfOperation","Parameters":{},
           "Transitions":{"NextAction":"Bye","Conditions":[{"NextAction":"Check staffing","Condition":{"Operator":"Equals","Operands":["True"]}},{"NextAction":"Closed","Condition":{"Operator":"Equals","Operands":["False"]}}],"Errors":[{"NextAction":"Bye","ErrorType":"NoMatchingError"}]}},
          {"Identifier":"Check staffing","Type":"CheckMetricData","Parameters":{"MetricType":"NumberOfAgentsAvailable"},
           "Transitions":{"NextAction":"Nobody","Conditions":[{"NextAction":"To queue","Condition":{"Operator":"NumberGreaterThan","Operands":["0"]}}],"Errors":[{"NextAction":"Nobody","ErrorType":"NoMatchingCondition"},{"NextAction":"Bye","ErrorType":"NoMatchingError"}]}},
          {"Identifier":"To queue","Type":"TransferContactToQueue","Parameters":{},"Transitions":{"NextAction":"Bye","Errors":[{"NextAction":"Bye","ErrorType":"NoMatchingError"}]}},
          {"Identifier":"Closed","Type":"MessageParticipant","Parameters":{"Text":"We are closed."},"Transitions":{"NextAction":"Bye"}},
          {"Identifier":"Nobody","Type":"MessageParticipant","Parameters":{"Text":"Nobody is free."},"Transitions":{"NextAction":"Bye"}},
          {"Identifier":"Bye","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}]}
        """;

    [Fact]
    public async Task Explore_StubQueue_ChoosesItClosedAndUnstaffed_AndTheWrittenScenariosReplayIt()
    {
        // Arrange
        var flow = Path.Combine(_folder, "support.json");
        await File.WriteAllTextAsync(flow, Flow);
        var output = Path.Combine(_folder, "explored");

        // Act
        var explore = await DccRun.RunAsync(["explore", flow, "--out", output, .. Config]);
        var scenarios = await File.ReadAllTextAsync(Path.Combine(output, "support.explored.yaml"));
        var test = await DccRun.RunAsync(["test", output, .. Config]);

        // Assert: the caller hears the closed and the nobody-free prompts behind the stub queue, and dcc test replays both.
        explore.ExitCode.ShouldBe(0, explore.Error + explore.Output);
        scenarios.ShouldContain("stubs: { \"arn:aws:connect:us-east-1:111122223333:instance/abc/queue/support\": \"closed\" }");
        scenarios.ShouldContain("- { text: \"We are closed.\" }");
        scenarios.ShouldContain("- { text: \"Nobody is free.\" }");
        test.ExitCode.ShouldBe(0, test.Error + test.Output);
        test.Output.TrimEnd().Split('\n')[^1].ShouldEndWith(" passed, 0 failed");
    }

    [Fact]
    public async Task Test_StubStateThatIsNone_ExitsTwoNamingTheKeyAndTheStates()
    {
        // Arrange
        var file = Path.Combine(_folder, "bad.yaml");
        await File.WriteAllTextAsync(file, """
            scenarios:
              - name: bad stub state
                call: { number: "+14443330000", at: 2026-11-24T10:00:00-05:00, stubs: { "Support": "shut" } }
                expect: { outcome: queued }
            """);

        // Act
        var run = await DccRun.RunAsync(["test", file, .. Config]);

        // Assert
        run.ExitCode.ShouldBe(2, run.Error + run.Output);
        (run.Output + run.Error).ShouldContain("call.stubs.Support");
        (run.Output + run.Error).ShouldContain("closed or open");
    }
}
