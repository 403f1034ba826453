using System.Collections.Immutable;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Flows.Tests.Lint;

/// <summary>Routing-data and flows × data rules: each seeded defect fails without its rule; the shipped flows and data give none.</summary>
public sealed class DataRulesTests
{
    private static RoutingData Mutate(Func<RoutingData, RoutingData> change) => change(LintFixture.Routing());

    public static TheoryData<string, string> RoutingDefects => new()
    {
        { "DCC5101", "number" },
        { "DCC5102", "queue" },
        { "DCC5103", "language" },
        { "DCC5104", "voice" },
        { "DCC5105", "voiceLanguage" },
        { "DCC5106", "languageCode" },
        { "DCC5107", "prompt" },
    };

    [Theory]
    [MemberData(nameof(RoutingDefects))]
    public async Task LintAsync_SeededRoutingDefect_ReportedUnderItsRule(string ruleId, string defect)
    {
        // Arrange
        var routing = Mutate(d => defect switch
        {
            "number" => d with { DialedNumbers = d.DialedNumbers.SetItem(0, d.DialedNumbers[0] with { Number = "4443330000" }) },
            "queue" => d with { DialedNumbers = d.DialedNumbers.SetItem(0, d.DialedNumbers[0] with { Queue = "English queue" }) },
            "language" => d with { DialedNumbers = d.DialedNumbers.SetItem(0, d.DialedNumbers[0] with { Language = "German" }) },
            "voice" => d with { Languages = d.Languages.SetItem(1, d.Languages[1] with { Voice = "Robot" }) },
            "voiceLanguage" => d with { Languages = d.Languages.SetItem(1, d.Languages[1] with { Voice = "Joanna" }) },
            "languageCode" => d with { Languages = d.Languages.SetItem(1, d.Languages[1] with { LanguageCode = "spanish" }) },
            _ => d with { Languages = d.Languages.SetItem(1, d.Languages[1] with { Prompts = d.Languages[1].Prompts.Remove(PromptNames.Closed) }) },
        });

        // Act
        var report = await LintFixture.LintAsync(LintFixture.ShippedFlows, routing);

        // Assert
        var finding = report.Findings.FirstOrDefault(f => f.Rule.Id == ruleId);
        finding.ShouldNotBeNull(string.Join("; ", report.Findings));
        finding.Location.File.ShouldBe("routing.yaml");
        finding.SourceCode.ShouldStartWith("DCC10");
    }

    [Fact]
    public async Task LintAsync_FlowReadsKeyNoFunctionReturns_AttributeProducedNamesEveryCase()
    {
        // Arrange
        var flows = LintFixture.WithFlow("MainFlow", LintFixture.Edit("MainFlow", "$.External.waitPrompt", "$.External.holdMusic"));

        // Act
        var report = await LintFixture.LintAsync(flows);

        // Assert
        var finding = report.Findings.Single(f => f.Rule == LintRules.AttributeProduced);
        finding.Location.Flow.ShouldBe("MainFlow");
        finding.Location.ActionId.ShouldBe("Play wait prompt");
        finding.Location.Field.ShouldBe("Parameters.Text");
        finding.Message.ShouldContain("+14443330000 (English, prod)");
        finding.Message.ShouldContain("+14443331111 (Spanish, prod)");
        finding.Message.ShouldContain("default row (English, prod)");
    }

    [Fact]
    public async Task LintAsync_LambdaCallWithoutSessionBeforeRead_ReportsOverwriteTrap()
    {
        // Arrange: a second GetLambdas call without the session attributes replaces $.External, so queue is gone.
        var refresh = "{ \"Identifier\": \"Refresh functions\", \"Type\": \"InvokeLambdaFunction\", \"Parameters\": { \"LambdaFunctionARN\": \"${GetLambdasArn}\","
            + " \"InvocationTimeLimitSeconds\": \"8\", \"LambdaInvocationAttributes\": { \"environment\": \"${Environment}\" } },"
            + " \"Transitions\": { \"NextAction\": \"Set working queue\", \"Errors\": [ { \"ErrorType\": \"NoMatchingError\", \"NextAction\": \"Play error prompt\" } ] } },";
        var main = LintFixture.Edit("MainFlow", "\"StartAction\": \"Set working queue\"", "\"StartAction\": \"Refresh functions\"")
            .Replace("\"Actions\": [", "\"Actions\": [" + refresh, StringComparison.Ordinal);

        // Act
        var report = await LintFixture.LintAsync(LintFixture.WithFlow("MainFlow", main));

        // Assert
        var finding = report.Findings.Single(f => f.Rule == LintRules.ExternalOverwritten && f.Location.ActionId == "Set working queue");
        finding.Location.Field.ShouldBe("Parameters.QueueId");
        finding.Message.ShouldContain("'Refresh functions'");
        finding.Message.ShouldContain("'queue'");
        report.Findings.ShouldNotContain(f => f.Rule == LintRules.AttributeProduced && f.Location.ActionId == "Set working queue");
    }

    [Fact]
    public async Task LintAsync_AmpersandInDataPutInsideSsml_ReportsSsmlUnsafeText()
    {
        // Arrange
        var language = LintFixture.Edit("LanguageFlow", "\"Text\": \"$.External.introPrompt\"", "\"SSML\": \"<speak>$.External.introPrompt</speak>\"");

        // Act
        var report = await LintFixture.LintAsync(LintFixture.WithFlow("LanguageFlow", language), LintFixture.Routing("Smith & Sons"));

        // Assert
        var finding = report.Findings.Single(f => f.Rule == LintRules.SsmlUnsafeText);
        finding.Location.ActionId.ShouldBe("Play intro prompt");
        finding.Location.Field.ShouldBe("Parameters.SSML");
        finding.Message.ShouldContain("'&'");
    }

    [Fact]
    public async Task LintAsync_SafeDataInsideSsml_NoSsmlFinding()
    {
        // Arrange
        var language = LintFixture.Edit("LanguageFlow", "\"Text\": \"$.External.introPrompt\"", "\"SSML\": \"<speak>$.External.introPrompt</speak>\"");

        // Act
        var report = await LintFixture.LintAsync(LintFixture.WithFlow("LanguageFlow", language), LintFixture.Routing("Smith &amp; Sons"));

        // Assert
        report.Findings.ShouldNotContain(f => f.Rule == LintRules.SsmlUnsafeText);
    }

    [Fact]
    public async Task LintAsync_LargestLanguageFoldsOver32KB_ReportsResponseSizeNamingLanguage()
    {
        // Arrange
        var routing = LintFixture.Routing(extraEnglishIntro: new string('x', 33_000));

        // Act
        var report = await LintFixture.LintAsync(LintFixture.ShippedFlows, routing);

        // Assert
        var finding = report.Findings.First(f => f.Rule == LintRules.ResponseSize && f.Location.Flow is null);
        finding.Location.Field.ShouldBe("languages[\"English\"]");
        finding.Message.ShouldContain("English (+14443330000, prod)");
        report.Findings.ShouldNotContain(f => f.Rule == LintRules.ResponseSize && f.Location.Field == "languages[\"Spanish\"]");
    }

    [Fact]
    public async Task LintAsync_FunctionFailsForData_ReportsLambdaFailsAtTheCall()
    {
        // Arrange
        var routing = LintFixture.Routing();
        var functions = new RoutingDataFunctions(routing);
        functions.Failing.Add("GetPrompts");

        // Act
        var report = await LintFixture.LintAsync(LintFixture.ShippedFlows, routing, functions);

        // Assert
        var finding = report.Findings.Single(f => f.Rule == LintRules.LambdaFailsForData);
        finding.Location.Flow.ShouldBe("InitFlow");
        finding.Location.ActionId.ShouldBe("Get language prompts");
        finding.Message.ShouldContain("seeded failure");
    }

    [Fact]
    public async Task LintAsync_ShippedFlows_CallsEachFunctionForEveryCase()
    {
        // Arrange
        var routing = LintFixture.Routing();
        var functions = new RoutingDataFunctions(routing);

        // Act
        var report = await LintFixture.LintAsync(LintFixture.ShippedFlows, routing, functions);

        // Assert
        report.CasesWalked.Length.ShouldBe(3);
        functions.Calls.ShouldContain("GetLambdas");
        functions.Calls.ShouldContain("GetDynAttributes");
        functions.Calls.Count(c => c == "GetPrompts").ShouldBeGreaterThanOrEqualTo(2);
    }
}
