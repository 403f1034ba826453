using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>One finding of <c>dcc lint</c>: the rule, where (file and line, flow, action, key path) and what is wrong.</summary>
/// <param name="Rule">The rule that found it (id, name, fix hint).</param>
/// <param name="Severity">Error (exit 1) or warning.</param>
/// <param name="File">The flow or routing file, or null.</param>
/// <param name="Flow">The flow's name, or null for routing data.</param>
/// <param name="ActionId">The action's Identifier, or null.</param>
/// <param name="Field">The JSON path inside the action, or the YAML key path, or null.</param>
/// <param name="Message">What is wrong, naming the value and (for data rules) the numbers and languages affected.</param>
public sealed record LintFinding(LintRule Rule, Severity Severity, string? File, string? Flow, string? ActionId, string? Field, string Message)
{
    /// <summary>The 1-based line in <see cref="File"/>, when known.</summary>
    public long? Line { get; init; }

    /// <summary>The code of the underlying parser or routing diagnostic this finding reports (e.g. <c>DCC3009</c>, <c>DCC1001</c>), or null.</summary>
    public string? SourceCode { get; init; }

    /// <summary>True for an error.</summary>
    public bool IsError => Severity == Severity.Error;

    /// <summary>How to fix it (the rule's hint).</summary>
    public string FixHint => Rule.FixHint;

    /// <summary>Where: <c>flow MainFlow, action 'Set queue', field Parameters.QueueId</c>.</summary>
    public string Location
    {
        get
        {
            var parts = new List<string>(3);
            if (Flow is not null) parts.Add($"flow {Flow}");
            if (ActionId is not null) parts.Add($"action '{ActionId}'");
            if (Field is not null) parts.Add(Flow is null ? Field : $"field {Field}");
            return string.Join(", ", parts);
        }
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var where = (File, Line) switch
        {
            (null, _) => "",
            ({ } file, null) => file + ": ",
            ({ } file, { } line) => $"{file}:{line}: ",
        };
        return $"{where}{(Location.Length == 0 ? "" : Location + ": ")}{Severity.ToString().ToLowerInvariant()} {Rule.Id} {Rule.Name}: {Message}";
    }
}
