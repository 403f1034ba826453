using System.Globalization;

namespace DynamicContactCenter.Routing.Diagnostics;

/// <summary>
/// One entry of a message catalogue: a stable code and the format of its message, kept together so that a code never travels
/// without its meaning and a message never exists without its code.
/// </summary>
/// <remarks>
/// The convention every project follows: per area one public static catalogue class whose entries are
/// <c>public static readonly DiagnosticDescriptor Name = new("DCCnnnn", "format with {0}")</c>. A code literal appears nowhere
/// else in <c>src/</c>; callers use <see cref="Code"/>. Codes are stable: a code is never renumbered or given a second meaning
/// (a test in Cli.Tests reflects over every assembly and scans the sources for this).
/// </remarks>
/// <param name="Code">The stable code, <c>DCC</c> and four digits; tools and tests match on it, never on the text.</param>
/// <param name="Format">The composite format of the message (invariant culture): what is wrong and what was expected.</param>
public sealed record DiagnosticDescriptor(string Code, string Format)
{
    /// <summary>The stable code, <c>DCC</c> and four digits.</summary>
    public string Code { get; } = IsCode(Code) ? Code : throw new ArgumentException($"\"{Code}\" is not a diagnostic code (expected DCC and four digits)", nameof(Code));

    /// <summary>The message with <paramref name="args"/> filled in, formatted with invariant culture.</summary>
    /// <param name="args">The values the format names.</param>
    public string Message(params object?[] args) => string.Format(CultureInfo.InvariantCulture, Format, args);

    /// <summary><c>CODE: message</c>: for text that travels without a <see cref="Diagnostic"/> around it (an exception's message, a
    /// function's error answer, a line on stderr), so the reader still sees the code.</summary>
    /// <param name="args">The values the format names.</param>
    public string CodedMessage(params object?[] args) => Code + ": " + Message(args);

    /// <summary>A finding of this entry at <paramref name="location"/>: the code and its format travel together.</summary>
    /// <param name="location">Where the finding is.</param>
    /// <param name="severity">Whether it makes the input unusable.</param>
    /// <param name="args">The values the format names.</param>
    public Diagnostic At(DiagnosticLocation location, Severity severity, params object?[] args) => new(Code, severity, location, Message(args));

    /// <summary>An error of this entry at <paramref name="location"/>: the common case of <see cref="At"/>.</summary>
    /// <param name="location">Where the finding is.</param>
    /// <param name="args">The values the format names.</param>
    public Diagnostic ErrorAt(DiagnosticLocation location, params object?[] args) => At(location, Severity.Error, args);

    /// <summary>Whether <paramref name="text"/> is a well-formed diagnostic code: <c>DCC</c> followed by exactly four digits.</summary>
    /// <param name="text">The text to check.</param>
    public static bool IsCode(string? text) =>
        text is { Length: 7 } && text.StartsWith("DCC", StringComparison.Ordinal) && text.AsSpan(3).IndexOfAnyExceptInRange('0', '9') < 0;
}
