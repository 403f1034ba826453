namespace DynamicContactCenter.Cli.Packaging;

/// <summary>A range of template text, [Start, End).</summary>
internal readonly record struct TextSpan(int Start, int End);
