using System.Text;

namespace DynamicContactCenter.Cli;

/// <summary>Passes everything written to the error stream through unchanged and keeps a copy, so that with <c>--json</c> the same
/// errors can also be reported as one JSON document on stdout (a person reads stderr, a script reads stdout).</summary>
internal sealed class ErrorLineRecorder(TextWriter inner) : TextWriter
{
    private readonly StringBuilder _text = new();

    public override Encoding Encoding => inner.Encoding;

    /// <summary>The non-empty lines written so far.</summary>
    public IReadOnlyList<string> Lines => _text.ToString().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();

    public override void Write(char value)
    {
        _text.Append(value);
        inner.Write(value);
    }

    public override void Write(string? value)
    {
        _text.Append(value);
        inner.Write(value);
    }

    public override void WriteLine(string? value)
    {
        _text.Append(value).Append('\n');
        inner.WriteLine(value);
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override void Flush() => inner.Flush();
}
