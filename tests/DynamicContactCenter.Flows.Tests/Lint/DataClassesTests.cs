using System.Collections.Immutable;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Flows.Tests.Lint;

/// <summary>The flows × data walk by class (issue #15): numbers that behave alike are walked once, and lint reports exactly what the
/// per-number walk reports.</summary>
public sealed class DataClassesTests
{
    private const string QueueArn = "arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-0000-0000-0000-00000000000";

    [Fact]
    public async Task LintAsync_VariedRows_ClassesReportWhatEachNumberReports()
    {
        // Arrange: rows that vary in name, queue and language, a language the Prompts table lacks (its GetPrompts call fails), an
        // ampersand put inside SSML, a read nothing produces (it names every case, "and N more"), and a language whose response is
        // over Connect's limit (its class is walked number by number); two environments.
        var flows = LintFixture.ShippedFlows
            .Select(f => f.Name switch
            {
                "MainFlow" => LintedFlow.FromText(LintFixture.Edit("MainFlow", "$.External.waitPrompt", "$.External.holdMusic"), f.Name, file: f.File),
                "LanguageFlow" => LintedFlow.FromText(LintFixture.Edit("LanguageFlow", "\"Text\": \"$.External.introPrompt\"", "\"SSML\": \"<speak>$.External.introPrompt</speak>\""), f.Name, file: f.File),
                _ => f,
            })
            .ToImmutableArray();
        var routing = VariedRouting();
        var perNumberFunctions = new RoutingDataFunctions(routing);
        var classFunctions = new RoutingDataFunctions(routing);

        // Act
        var perNumber = await LintFixture.LintAsync(flows, routing, perNumberFunctions, walkEachNumber: true);
        var byClass = await LintFixture.LintAsync(flows, routing, classFunctions);

        // Assert
        byClass.Findings.Select(f => f.ToString()).ShouldBe(perNumber.Findings.Select(f => f.ToString()));
        byClass.CasesWalked.ShouldBe(perNumber.CasesWalked);
        foreach (var rule in new[] { LintRules.AttributeProduced, LintRules.SsmlUnsafeText, LintRules.LambdaFailsForData, LintRules.ResponseSize })
        {
            perNumber.Findings.ShouldContain(f => f.Rule == rule);
        }

        perNumber.Findings.ShouldContain(f => f.Rule == LintRules.AttributeProduced && f.Message.Contains(" more", StringComparison.Ordinal));
        // 43 rows × 2 environments walked as a few dozen classes (the over-limit language number by number): well under half the calls.
        classFunctions.Calls.Count.ShouldBeLessThan(perNumberFunctions.Calls.Count / 2);
    }

    public static TheoryData<string> ReadFields => ["name", "queue", "language"];

    [Theory]
    [MemberData(nameof(ReadFields))]
    public void Group_TwoNumbersDifferingOnlyInAReadAttribute_AreTwoClasses(string field)
    {
        // Arrange: the shipped flows read name, queue and language ($.External.name in InitFlow's "Save routing attributes").
        var first = new DialedNumber("+14445550001", "Sales line", QueueArn + "1", "English");
        var second = field switch
        {
            "name" => first with { Number = "+14445550002", Name = "Support line" },
            "queue" => first with { Number = "+14445550002", Queue = QueueArn + "2" },
            _ => first with { Number = "+14445550002", Language = "Spanish" },
        };

        // Act
        var classes = Group(LintFixture.ShippedFlows, first, second);

        // Assert
        classes.Select(c => c.Members.Single().Number).ShouldBe(["+14445550001", "+14445550002"]);
    }

    [Fact]
    public void Group_NumbersDifferingInANameNoFlowReads_AreOneClass()
    {
        // Arrange: InitFlow saves a fixed line name instead of reading the row's.
        var flows = LintFixture.WithFlow("InitFlow", LintFixture.Edit("InitFlow", "\"Name\": \"$.External.name\"", "\"Name\": \"Alpha line\""));
        var first = new DialedNumber("+14445550001", "Sales line", QueueArn + "1", "English");

        // Act
        var classes = Group(flows, first, first with { Number = "+14445550002", Name = "Support line" });

        // Assert
        classes.ShouldHaveSingleItem().Members.Select(m => m.Label).ShouldBe(["+14445550001 (English, prod)", "+14445550002 (English, prod)"]);
    }

    [Fact]
    public void Group_FlowComparesTheDialedNumber_EveryNumberIsItsOwnClass()
    {
        // Arrange: a flow that saves the dialed number and then reads that attribute can behave differently per number.
        var main = LintFixture.Edit("MainFlow", "$.External.waitPrompt", "$.Attributes.DialedNumber");
        var first = new DialedNumber("+14445550001", "Sales line", QueueArn + "1", "English");

        // Act
        var classes = Group(LintFixture.WithFlow("MainFlow", main), first, first with { Number = "+14445550002" });

        // Assert
        classes.Length.ShouldBe(2);
    }

    private static ImmutableArray<DataClass> Group(ImmutableArray<LintedFlow> flows, params DialedNumber[] rows)
    {
        var routing = LintFixture.Routing() with { DialedNumbers = [.. rows] };
        return DataClasses.Group(DataFlowWalker.Cases(routing, LintFixture.Instance), routing, LintFixture.Instance, flows);
    }

    private static RoutingData VariedRouting()
    {
        var shipped = LintFixture.Routing("Smith & Sons");
        var rows = Enumerable.Range(0, 40).Select(i => new DialedNumber(
            $"+1444555{i:D4}",
            i % 3 == 0 ? "Sales line" : "Support line",
            QueueArn + (1 + (i % 2)),
            (i % 7) switch { 6 => "German", 5 => "Verbose", _ when i % 2 == 0 => "English", _ => "Spanish" }));
        var verbose = LintFixture.Language("Verbose", "Joanna", "en-US", "Thank you for calling." + new string('x', 32_500));
        var dev = new EnvironmentEntry("dev", ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string>
        {
            ["getDynamicAttributes"] = "arn:aws:lambda:us-east-1:123456789012:function:dcc-dev-GetDynAttributes",
            ["getPrompts"] = "arn:aws:lambda:us-east-1:123456789012:function:dcc-dev-GetPrompts",
        }));
        return shipped with
        {
            Environments = [.. shipped.Environments, dev],
            DialedNumbers = [.. rows, .. shipped.DialedNumbers],
            Languages = [.. shipped.Languages, verbose],
        };
    }
}
