namespace DynamicContactCenter.Storage.Config;

/// <summary>One attribute of a row whose value a plan changes.</summary>
/// <param name="Name">The attribute name, e.g. <c>queue</c> or <c>introPrompt</c>.</param>
/// <param name="Before">The live value, or null when the attribute is new.</param>
/// <param name="After">The value from the file, or null when the attribute goes away.</param>
public sealed record AttributeChange(string Name, string? Before, string? After);
