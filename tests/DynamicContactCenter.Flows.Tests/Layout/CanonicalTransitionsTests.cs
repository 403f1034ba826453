using System.Text.Json;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Layout;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Flows.Tests.Instance;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Tests.Layout;

/// <summary>Issue #13 item 6: transitions in the shape Connect gives back on export, written by one owner and checked by DCC5027.</summary>
public sealed class CanonicalTransitionsTests
{
    public static TheoryData<string> ShippedFlows() => [.. Directory.GetFiles(Path.Combine(InstanceModelLoaderTests.RepositoryRoot(), "flows"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Write_DesignerExportWithoutEmptyArrays_WritesNextErrorsConditionsAsTheInstanceExportsAndKeepsOtherBytes()
    {
        // Arrange: the designer's download omits empty arrays and writes Conditions before Errors, entries ErrorType first.
        const string json = """
            {
              "Version": "2019-10-30",
              "StartAction": "ask",
              "Actions": [
                { "Identifier": "ask", "Type": "Compare", "Parameters": { "ComparisonValue": "$.Attributes.x" },
                  "Transitions": { "NextAction": "bye", "Conditions": [ { "Condition": { "Operands": [ "1" ], "Operator": "Equals" }, "NextAction": "bye" } ], "Errors": [ { "ErrorType": "NoMatchingCondition", "NextAction": "bye" } ] } },
                { "Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {} }
              ]
            }
            """;

        // Act
        var written = CanonicalTransitions.Write(json);

        // Assert
        written.ShouldBe("""
            {
              "Version": "2019-10-30",
              "StartAction": "ask",
              "Actions": [
                { "Identifier": "ask", "Type": "Compare", "Parameters": { "ComparisonValue": "$.Attributes.x" },
                  "Transitions": {
                    "NextAction": "bye",
                    "Errors": [
                      {
                        "NextAction": "bye",
                        "ErrorType": "NoMatchingCondition"
                      }
                    ],
                    "Conditions": [
                      {
                        "NextAction": "bye",
                        "Condition": {
                          "Operator": "Equals",
                          "Operands": [
                            "1"
                          ]
                        }
                      }
                    ]
                  } },
                { "Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {} }
              ]
            }
            """);
        CanonicalTransitions.Write(written).ShouldBe(written);
    }

    [Theory]
    [MemberData(nameof(ShippedFlows))]
    public void Problems_ShippedFlow_None(string file)
    {
        // Arrange
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(InstanceModelLoaderTests.RepositoryRoot(), "flows", file)));

        // Act
        var problems = CanonicalTransitions.Problems(document.RootElement);

        // Assert
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Lint_ShippedFlowWithOneTransitionMissingItsConditions_WarnsNamingTheActionAndTheFix()
    {
        // Arrange: seeded defect: MainFlow's first action loses its empty Conditions array.
        var text = File.ReadAllText(Path.Combine(InstanceModelLoaderTests.RepositoryRoot(), "flows", "MainFlow.json"));
        var seeded = ReplaceFirst(text, "],\n        \"Conditions\": []", "]");
        var file = Path.Combine(Path.GetTempPath(), $"dcc-canonical-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, seeded);
        try
        {
            // Act
            var report = await FlowLinter.LintAsync(new LintRequest([LintedFlow.FromFile(file, "MainFlow", "CONTACT_FLOW")], InstanceModel.Empty), CancellationToken.None);

            // Assert
            var finding = report.Findings.Where(f => f.Rule == LintRules.CanonicalShape).ShouldHaveSingleItem();
            finding.Severity.ShouldBe(Severity.Warning);
            finding.Location.ActionId.ShouldBe("Set working queue");
            finding.Message.ShouldBe($"1 transition(s) not in the exported shape (first: action 'Set working queue', no Conditions array); run dcc layout {file}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0);
        return string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }
}
