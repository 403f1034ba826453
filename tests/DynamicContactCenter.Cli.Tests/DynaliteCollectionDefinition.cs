using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests;

/// <summary>One dynalite process for every integration test in this project (xunit needs the definition in the test assembly).</summary>
[CollectionDefinition(Dynalite.CollectionName)]
public sealed class DynaliteCollectionDefinition : ICollectionFixture<DynaliteFixture>;
