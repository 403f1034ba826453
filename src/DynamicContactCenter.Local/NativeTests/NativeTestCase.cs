using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace DynamicContactCenter.Local.NativeTests;

/// <summary>One scenario as an Amazon Connect native test case, or why it is not one.</summary>
/// <param name="File">The scenario file's folder name in the export (the file name without <c>.yaml</c>, made path-safe).</param>
/// <param name="FileName">The scenario file as given (the suite name <c>dcc test</c> prints).</param>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Slug">The scenario's file name stem in the export (<c>&lt;slug&gt;.testcase.json</c>).</param>
public sealed record NativeTestCase(string File, string FileName, string Scenario, string Slug)
{
    /// <summary>The test-case document (<c>{Version, Metadata, Observations}</c>), or null when skipped.</summary>
    public JsonObject? Content { get; init; }

    /// <summary>The CreateTestCase input (<c>aws connect create-test-case --cli-input-json</c>), or null when skipped.</summary>
    public JsonObject? CreateInput { get; init; }

    /// <summary>What the test case checks or sets, for the report (<c>prompt "..."</c>, <c>Lambda GetPrompts</c>, ...).</summary>
    public ImmutableArray<string> Included { get; init; } = [];

    /// <summary>What the offline run showed that the native runner cannot observe or force, for the report.</summary>
    public ImmutableArray<string> NotObservable { get; init; } = [];

    /// <summary>Why the scenario is not exported (a DCC36nn coded message), or null when it is.</summary>
    public string? SkippedBecause { get; init; }
}
