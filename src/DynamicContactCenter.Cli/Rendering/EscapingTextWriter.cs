using System.Text;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Cli.Rendering;

/// <summary>
/// The error stream as dcc writes it: every control character but the line feed shown as a visible escape
/// (<see cref="DisplayText"/>), so no error message that quotes a value (a file name, an argument, a row from a live table)
/// can ring the terminal, rewrite a line of a CI log or hide text with ESC sequences (issue #10 item 5).
/// </summary>
/// <remarks>One writer at the edge instead of an escape at each of the many error lines: a new error message is safe by default.</remarks>
internal sealed class EscapingTextWriter(TextWriter inner) : TextWriter
{
    /// <inheritdoc />
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc />
    public override void Write(char value) => inner.Write(DisplayText.Escape(value.ToString(), keepLineFeeds: true));

    /// <inheritdoc />
    public override void Write(string? value) => inner.Write(DisplayText.Escape(value, keepLineFeeds: true));

    /// <inheritdoc />
    public override void WriteLine(string? value) => inner.WriteLine(DisplayText.Escape(value, keepLineFeeds: true));

    /// <inheritdoc />
    public override void WriteLine() => inner.WriteLine();

    /// <inheritdoc />
    public override Task WriteLineAsync(string? value) => inner.WriteLineAsync(DisplayText.Escape(value, keepLineFeeds: true));

    /// <inheritdoc />
    public override Task WriteAsync(string? value) => inner.WriteAsync(DisplayText.Escape(value, keepLineFeeds: true));

    /// <inheritdoc />
    public override void Flush() => inner.Flush();

    /// <inheritdoc />
    public override Task FlushAsync() => inner.FlushAsync();
}
