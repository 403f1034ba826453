using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Flows.Diagnostics;

/// <summary>One finding about a flow, the instance model or a call: what is wrong, where (file, flow, action, field) and what was expected.</summary>
/// <param name="Code">A stable code, <c>DCC3nnn</c> (see <see cref="FlowMessages"/>); tests and tools match on it, not on the text.</param>
/// <param name="Severity">Whether the finding stops a load or a call.</param>
/// <param name="File">The file the finding is in, or null when the input did not come from a file.</param>
/// <param name="Flow">The flow's name, or null when the finding is not about a flow.</param>
/// <param name="ActionId">The action's Identifier, or null when the finding is about the flow or file as a whole.</param>
/// <param name="Field">The field (JSON path inside the action, or YAML key path), or null when no single field is at fault.</param>
/// <param name="Message">What is wrong and what was expected, naming the value.</param>
public sealed record FlowDiagnostic(string Code, Severity Severity, string? File, string? Flow, string? ActionId, string? Field, string Message)
{
    /// <summary>True when the finding stops the load or the call.</summary>
    public bool IsError => Severity == Severity.Error;

    /// <summary>Converts to the routing project's general diagnostic, with flow, action and field folded into its location.</summary>
    public Diagnostic ToDiagnostic() => new(Code, Severity, File, Location, Message);

    /// <summary>A file-level finding (e.g. a refusal of <c>SafeYaml</c>) as a flow diagnostic; its line goes into the field, as the instance reader writes lines.</summary>
    /// <param name="diagnostic">The finding.</param>
    public static FlowDiagnostic From(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var field = diagnostic.Line is { } line ? $"{diagnostic.Location} (line {line})" : diagnostic.Location;
        return new(diagnostic.Code, diagnostic.Severity, diagnostic.File, null, null, field, diagnostic.Message);
    }

    /// <summary>Where the finding is: <c>flow MainFlow, action 'Set queue', field Parameters.QueueId</c>.</summary>
    public string Location
    {
        get
        {
            var parts = new List<string>(3);
            if (Flow is not null) parts.Add($"flow {Flow}");
            if (ActionId is not null) parts.Add($"action '{ActionId}'");
            if (Field is not null) parts.Add($"field {Field}");
            return string.Join(", ", parts);
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{(File is null ? "" : File + ": ")}{(Location.Length == 0 ? "" : Location + ": ")}{Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
