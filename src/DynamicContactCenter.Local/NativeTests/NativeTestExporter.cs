using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Local.Scenarios;

namespace DynamicContactCenter.Local.NativeTests;

/// <summary>Writes <c>dcc test --export-native DIR</c>: per scenario <c>DIR/&lt;file&gt;/&lt;scenario&gt;.testcase.json</c> (the Content
/// document) and <c>.create-test-case.json</c> (the CreateTestCase input), plus <c>DIR/report.md</c> and <c>report.json</c> listing every
/// scenario, what went in, what the native runner cannot observe and why a scenario was skipped.</summary>
public static class NativeTestExporter
{
    /// <summary>The test cases for <paramref name="suites"/> (scenario files in the order run), with unique path-safe names.</summary>
    public static ImmutableArray<NativeTestCase> Build(IEnumerable<(string FileName, IReadOnlyList<ScenarioOutcome> Outcomes)> suites, InstanceModel instance,
        IReadOnlyDictionary<string, string> flowIds)
    {
        ArgumentNullException.ThrowIfNull(suites);
        var cases = ImmutableArray.CreateBuilder<NativeTestCase>();
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (fileName, outcomes) in suites)
        {
            var folder = Unique(Slug(Path.GetFileNameWithoutExtension(fileName)), folders);
            var stems = new HashSet<string>(StringComparer.Ordinal);
            foreach (var outcome in outcomes)
            {
                cases.Add(NativeTestCaseBuilder.Build(folder, fileName, Unique(Slug(outcome.Scenario.Name), stems), outcome, instance, flowIds));
            }
        }

        return cases.ToImmutable();
    }

    /// <summary>Writes <paramref name="cases"/> and the report under <paramref name="folder"/> (created when missing).</summary>
    public static void Write(string folder, IReadOnlyList<NativeTestCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        Directory.CreateDirectory(folder);
        foreach (var testCase in cases.Where(c => c.Content is not null))
        {
            var directory = Path.Combine(folder, testCase.File);
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, testCase.Slug + ".testcase.json"), NativeTestJson.Indented(testCase.Content!));
            File.WriteAllText(Path.Combine(directory, testCase.Slug + ".create-test-case.json"), NativeTestJson.Indented(testCase.CreateInput!));
        }

        File.WriteAllText(Path.Combine(folder, "report.md"), Markdown(cases));
        File.WriteAllText(Path.Combine(folder, "report.json"), NativeTestJson.Indented(Json(cases)));
    }

    /// <summary>The report for people.</summary>
    public static string Markdown(IReadOnlyList<NativeTestCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var text = new StringBuilder();
        var exported = cases.Count(c => c.Content is not null);
        text.Append("# Amazon Connect native test cases\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{exported} exported, {cases.Count - exported} skipped. Replace the placeholders ");
        text.Append(string.Join(", ", NativeTestPlaceholders.All.Select(p => $"`{p}`")));
        text.Append(" before creating them (docs/native-tests.md).\n");
        foreach (var file in cases.GroupBy(c => c.File))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {file.Key}\n");
            foreach (var testCase in file)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n### {testCase.Scenario}\n\n");
                if (testCase.SkippedBecause is { } reason)
                {
                    text.Append(CultureInfo.InvariantCulture, $"Skipped: {reason}\n");
                    continue;
                }

                text.Append(CultureInfo.InvariantCulture, $"`{testCase.File}/{testCase.Slug}.testcase.json`\n\n");
                foreach (var item in testCase.Included) text.Append(CultureInfo.InvariantCulture, $"- checks: {item}\n");
                foreach (var item in testCase.NotObservable) text.Append(CultureInfo.InvariantCulture, $"- not observable: {item}\n");
            }
        }

        return text.ToString();
    }

    private static JsonObject Json(IReadOnlyList<NativeTestCase> cases)
    {
        var scenarios = new JsonArray();
        foreach (var testCase in cases)
        {
            var entry = new JsonObject { ["file"] = testCase.File, ["scenario"] = testCase.Scenario, ["status"] = testCase.Content is null ? "skipped" : "exported" };
            if (testCase.SkippedBecause is { } reason) entry["reason"] = reason;
            else
            {
                entry["testCase"] = $"{testCase.File}/{testCase.Slug}.testcase.json";
                entry["createTestCase"] = $"{testCase.File}/{testCase.Slug}.create-test-case.json";
                entry["checks"] = new JsonArray([.. testCase.Included.Select(i => (JsonNode)JsonValue.Create(i))]);
                entry["notObservable"] = new JsonArray([.. testCase.NotObservable.Select(i => (JsonNode)JsonValue.Create(i))]);
            }

            scenarios.Add(entry);
        }

        var exported = cases.Count(c => c.Content is not null);
        return new JsonObject
        {
            ["exported"] = exported,
            ["skipped"] = cases.Count - exported,
            ["placeholders"] = new JsonArray([.. NativeTestPlaceholders.All.Select(p => (JsonNode)JsonValue.Create(p))]),
            ["scenarios"] = scenarios,
        };
    }

    /// <summary>A path-safe name: lower-case letters and digits, runs of anything else as one <c>-</c>, at most 80 characters.</summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var slug = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9')) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }

        var text = slug.ToString();
        if (text.Length > 80) text = text[..80];
        text = text.Trim('-');
        return text.Length == 0 ? "scenario" : text;
    }

    private static string Unique(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++) candidate = $"{name}-{n.ToString(CultureInfo.InvariantCulture)}";
        return candidate;
    }
}
