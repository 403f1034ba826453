namespace DynamicContactCenter.Routing.Yaml;

/// <summary>The bounds <see cref="SafeYaml"/> enforces before it builds a document.</summary>
/// <remarks>
/// The defaults are far above any real routing, scenario or instance file (the shipped ones are a few KB, a few hundred
/// nodes, depth under 10) and far below what hurts: a million nodes build and walk in well under a second.
/// </remarks>
/// <param name="MaxBytes">The largest file, in UTF-8 bytes.</param>
/// <param name="MaxDepth">The deepest nesting of lists and mappings.</param>
/// <param name="MaxNodes">The most nodes, counting every alias as the whole subtree it stands for (this is what caps an alias bomb).</param>
public sealed record SafeYamlLimits(int MaxBytes, int MaxDepth, long MaxNodes)
{
    /// <summary>The limits every reader uses: 4 MiB, depth 64, a million expanded nodes.</summary>
    public static SafeYamlLimits Default { get; } = new(4 * 1024 * 1024, 64, 1_000_000);
}
