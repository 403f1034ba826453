namespace DynamicContactCenter.Testing;

/// <summary>Names for sharing one <see cref="DynaliteFixture"/> across a test project.</summary>
public static class Dynalite
{
    /// <summary>Use in <c>[Collection(Dynalite.CollectionName)]</c> and in the test project's <c>[CollectionDefinition]</c>.</summary>
    public const string CollectionName = "Dynalite";
}
