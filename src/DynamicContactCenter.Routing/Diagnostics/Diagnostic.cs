namespace DynamicContactCenter.Routing.Diagnostics;

/// <summary>One finding about an input: what is wrong, where, and what was expected.</summary>
/// <param name="Code">A stable code, <c>DCCnnnn</c>; tests assert it rather than the text.</param>
/// <param name="Severity">Whether the input is unusable.</param>
/// <param name="File">The file the finding is in, or null when the input did not come from a file.</param>
/// <param name="Location">Where in the file: a key path (<c>dialedNumbers["+1444"].queue</c>) or flow action id.</param>
/// <param name="Message">What is wrong and what was expected, naming the value.</param>
public sealed record Diagnostic(string Code, Severity Severity, string? File, string Location, string Message)
{
    /// <summary>The 1-based line in <see cref="File"/> the finding is on, when the input was text and the line is known.</summary>
    public long? Line { get; init; }

    /// <summary>Whether this finding makes the input unusable.</summary>
    public bool IsError => Severity == Severity.Error;

    /// <inheritdoc />
    public override string ToString()
    {
        // file:line: is the shape editors and CI annotators turn into a link. Escaped because file names, key paths and
        // the values quoted in messages can hold control characters that would rewrite the terminal (issue #10 item 5).
        var where = (File, Line) switch
        {
            (null, null) => "",
            (null, { } line) => $"line {line}: ",
            ({ } file, null) => file + ": ",
            ({ } file, { } line) => $"{file}:{line}: ",
        };
        return DisplayText.Escape($"{where}{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}");
    }
}
