namespace DynamicContactCenter.Routing.Diagnostics;

/// <summary>One finding about an input, in every layer: what is wrong, where, and what was expected.</summary>
/// <remarks>Build one from its catalogue entry (<see cref="DiagnosticDescriptor.At"/>) so that the code and its format always
/// travel together.</remarks>
/// <param name="Code">A stable code, <c>DCCnnnn</c>; tests assert it rather than the text.</param>
/// <param name="Severity">Whether the input is unusable.</param>
/// <param name="Location">Where: file and line, flow, action, field or key path.</param>
/// <param name="Message">What is wrong and what was expected, naming the value.</param>
public sealed record Diagnostic(string Code, Severity Severity, DiagnosticLocation Location, string Message)
{
    /// <summary>The file the finding is in (<see cref="DiagnosticLocation.File"/>), or null.</summary>
    public string? File => Location.File;

    /// <summary>The 1-based line in <see cref="File"/> (<see cref="DiagnosticLocation.Line"/>), or null.</summary>
    public long? Line => Location.Line;

    /// <summary><c>CODE: message</c>, without the location: for a line whose prefix already says where (an option's name).</summary>
    public string CodedMessage => Code + ": " + Message;

    /// <summary>Whether this finding makes the input unusable.</summary>
    public bool IsError => Severity == Severity.Error;

    /// <summary>The same finding at <paramref name="line"/>, for readers that learn the line after the finding is made.</summary>
    /// <param name="line">The 1-based line, or null.</param>
    public Diagnostic OnLine(long? line) => this with { Location = Location with { Line = line } };

    /// <inheritdoc />
    public override string ToString() => Render(Code);

    /// <summary><c>file:line: place: error LABEL: message</c>, escaped: the one rendering of a finding. Lint passes its rule's
    /// id and name as the label; everything else passes the code.</summary>
    /// <param name="label">What follows the severity: the code, or a rule's id and name.</param>
    // Escaped because file names, key paths and the values quoted in messages can hold control characters that would rewrite
    // the terminal (issue #10 item 5).
    public string Render(string label) =>
        DisplayText.Escape($"{Location.Prefix}{Severity.ToString().ToLowerInvariant()} {label}: {Message}");
}
