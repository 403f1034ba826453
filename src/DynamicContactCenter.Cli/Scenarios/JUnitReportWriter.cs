using System.Globalization;
using System.Text;
using System.Xml;
using DynamicContactCenter.Flows.Transcript;
using DynamicContactCenter.Local.Scenarios;

namespace DynamicContactCenter.Cli.Scenarios;

/// <summary>Writes scenario results as JUnit XML for CI systems: one <c>testsuite</c> per scenario file (and one for the routing
/// matrix), one <c>testcase</c> per scenario, a <c>failure</c> whose message lists expected vs actual and whose body holds the transcript.</summary>
internal static class JUnitReportWriter
{
    public static void Write(string path, IReadOnlyList<(string Suite, IReadOnlyList<ScenarioOutcome> Outcomes)> suites, JUnitCoverage? coverage = null)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        // Written to a temporary file and moved into place, so a CI system never reads half a report.
        var temporary = path + ".tmp";
        using (var writer = XmlWriter.Create(temporary, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("testsuites");
            writer.WriteAttributeString("name", "dcc test");
            writer.WriteAttributeString("tests", Count(suites.Sum(s => s.Outcomes.Count) + (coverage?.Cases ?? 0)));
            writer.WriteAttributeString("failures", Count(suites.Sum(s => s.Outcomes.Count(o => !o.Passed)) + (coverage?.Failures ?? 0)));
            writer.WriteAttributeString("time", Seconds(suites.SelectMany(s => s.Outcomes).Aggregate(TimeSpan.Zero, (t, o) => t + o.Elapsed)));
            foreach (var (suite, outcomes) in suites) WriteSuite(writer, suite, outcomes);
            coverage?.Write(writer);
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static void WriteSuite(XmlWriter writer, string suite, IReadOnlyList<ScenarioOutcome> outcomes)
    {
        writer.WriteStartElement("testsuite");
        writer.WriteAttributeString("name", suite);
        writer.WriteAttributeString("tests", Count(outcomes.Count));
        writer.WriteAttributeString("failures", Count(outcomes.Count(o => !o.Passed)));
        writer.WriteAttributeString("errors", "0");
        writer.WriteAttributeString("skipped", "0");
        writer.WriteAttributeString("time", Seconds(outcomes.Aggregate(TimeSpan.Zero, (t, o) => t + o.Elapsed)));
        foreach (var outcome in outcomes)
        {
            writer.WriteStartElement("testcase");
            writer.WriteAttributeString("name", outcome.Scenario.Name);
            writer.WriteAttributeString("classname", suite);
            if (outcome.Scenario.File is { } file)
            {
                writer.WriteAttributeString("file", file);
                writer.WriteAttributeString("line", outcome.Scenario.Line.ToString(CultureInfo.InvariantCulture));
            }

            writer.WriteAttributeString("time", Seconds(outcome.Elapsed));
            if (!outcome.Passed)
            {
                writer.WriteStartElement("failure");
                writer.WriteAttributeString("message", string.Join("; ", outcome.Failures.Select(f => f.ToString())));
                writer.WriteAttributeString("type", "ExpectationFailure");
                writer.WriteString(string.Join('\n', outcome.Failures.Select(f => $"{f.Key}\n  expected: {f.Expected}\n  actual:   {f.Actual}")));
                writer.WriteString("\n\ntranscript (JSON):\n" + CallResultJsonWriter.ToJson(outcome.Result));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
