namespace DynamicContactCenter.Cli.Tests.Legacy;

/// <summary>The corpus tests share one <see cref="CorpusRun"/>: every corpus file is called once, not once per test class.</summary>
[CollectionDefinition(Name)]
public sealed class CorpusCollectionDefinition : ICollectionFixture<CorpusRun>
{
    public const string Name = "Corpus";
}
