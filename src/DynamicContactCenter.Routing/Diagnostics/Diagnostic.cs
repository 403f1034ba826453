namespace DynamicContactCenter.Routing.Diagnostics;

/// <summary>One finding about an input: what is wrong, where, and what was expected.</summary>
/// <param name="Code">A stable code, <c>DCCnnnn</c>; tests assert it rather than the text.</param>
/// <param name="Severity">Whether the input is unusable.</param>
/// <param name="File">The file the finding is in, or null when the input did not come from a file.</param>
/// <param name="Location">Where in the file: a key path (<c>dialedNumbers["+1444"].queue</c>) or flow action id.</param>
/// <param name="Message">What is wrong and what was expected, naming the value.</param>
public sealed record Diagnostic(string Code, Severity Severity, string? File, string Location, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{(File is null ? "" : File + ": ")}{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
