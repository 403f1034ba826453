using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Functions.Tests;

/// <summary>One dynalite for every integration test in this project (xunit 2 finds collection definitions only here).</summary>
[CollectionDefinition(Dynalite.CollectionName)]
public sealed class DynaliteCollectionDefinition : ICollectionFixture<DynaliteFixture>;
