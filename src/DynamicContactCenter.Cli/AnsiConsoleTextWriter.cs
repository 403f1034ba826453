using System.Text;
using Spectre.Console;

namespace DynamicContactCenter.Cli;

/// <summary>A <see cref="TextWriter"/> over an <see cref="IAnsiConsole"/>, so System.CommandLine's help text goes where every other output goes.</summary>
internal sealed class AnsiConsoleTextWriter(IAnsiConsole console) : TextWriter
{
    /// <inheritdoc />
    public override Encoding Encoding => Encoding.UTF8;

    /// <inheritdoc />
    public override void Write(char value) => console.Profile.Out.Writer.Write(value);

    /// <inheritdoc />
    public override void Write(string? value) => console.Profile.Out.Writer.Write(value);

    /// <inheritdoc />
    public override void WriteLine(string? value) => console.Profile.Out.Writer.WriteLine(value);
}
