using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Deploy.Tests;

[CollectionDefinition(Dynalite.CollectionName)]
public sealed class DynaliteCollectionDefinition : ICollectionFixture<DynaliteFixture>;
