using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Storage.Tests;

/// <summary>
/// Tests that change the process environment run alone, after every parallel collection, never beside a test that
/// reads it (the SDK reads AWS_* when a client is built). They get a dynalite of their own.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollectionDefinition : ICollectionFixture<DynaliteFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "Process environment";
}
