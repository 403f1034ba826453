namespace DynamicContactCenter.Routing.Diagnostics;

/// <summary>
/// Where a finding is: the file and line, and inside it the flow, the action and the field (a JSON path inside an action, or a
/// YAML key path). The one location shape of every layer: routing data, YAML files, flows, the instance model, a call, lint,
/// packaging and stack outputs; each fills what it knows and leaves the rest null.
/// </summary>
/// <param name="File">The file the finding is in, or null when the input did not come from a file.</param>
/// <param name="Line">The 1-based line in <paramref name="File"/>, when the input was text and the line is known.</param>
/// <param name="Flow">The flow's name, or null when the finding is not about a flow.</param>
/// <param name="ActionId">The action's Identifier, or null when the finding is about the flow or file as a whole.</param>
/// <param name="Field">The field: a JSON path inside the action, or a YAML key path (<c>dialedNumbers["+1444"].queue</c>), or null.</param>
public sealed record DiagnosticLocation(string? File = null, long? Line = null, string? Flow = null, string? ActionId = null, string? Field = null)
{
    /// <summary>No location: the finding is about the input as a whole.</summary>
    public static DiagnosticLocation None { get; } = new();

    /// <summary>A place in a data file (YAML, an instance model, stack outputs): a key path, and the line when known.</summary>
    /// <param name="file">The file, or null.</param>
    /// <param name="field">The key path, or null.</param>
    /// <param name="line">The 1-based line, or null.</param>
    public static DiagnosticLocation InFile(string? file, string? field, long? line = null) => new(file, line, Field: field);

    /// <summary>A place in a flow: the flow, the action and the field inside it, each null when not known.</summary>
    /// <param name="file">The flow's file, or null.</param>
    /// <param name="flow">The flow's name.</param>
    /// <param name="actionId">The action's Identifier, or null.</param>
    /// <param name="field">The JSON path inside the action, or null.</param>
    public static DiagnosticLocation InFlow(string? file, string? flow, string? actionId = null, string? field = null) =>
        new(file, null, flow, actionId, field);

    /// <summary>
    /// Where inside the file: <c>flow MainFlow, action 'Set queue', field Parameters.QueueId</c>, or for data outside a flow the
    /// bare key path (<c>dialedNumbers["+1444"]</c>); empty when nothing is known.
    /// </summary>
    /// <remarks>A field is called "field" only inside a flow or action, where it is a JSON path next to other parts; alone it is
    /// a YAML key path that reads best as it is written (this is how routing findings and lint findings always read).</remarks>
    public string Place
    {
        get
        {
            var parts = new List<string>(3);
            if (Flow is not null) parts.Add($"flow {Flow}");
            if (ActionId is not null) parts.Add($"action '{ActionId}'");
            if (Field is not null) parts.Add(parts.Count == 0 ? Field : $"field {Field}");
            return string.Join(", ", parts);
        }
    }

    /// <summary>The prefix of a rendered finding: <c>file:line: place: </c>, each part left out when unknown; empty for
    /// <see cref="None"/>. <c>file:line:</c> is the shape editors and CI annotators turn into a link.</summary>
    public string Prefix
    {
        get
        {
            var file = (File, Line) switch
            {
                (null, null) => "",
                (null, { } line) => $"line {line}: ",
                ({ } name, null) => name + ": ",
                ({ } name, { } line) => $"{name}:{line}: ",
            };
            var place = Place;
            return place.Length == 0 ? file : file + place + ": ";
        }
    }

    /// <inheritdoc />
    public override string ToString() => DisplayText.Escape(Prefix.TrimEnd(' ', ':'));
}
