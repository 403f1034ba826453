using DynamicContactCenter.Storage;
namespace DynamicContactCenter.Functions.Hosting;

/// <summary>How a <see cref="FunctionHost"/> runs its functions; every property has a working default.</summary>
public sealed record FunctionHostOptions
{
    /// <summary>The language whose error and exit prompts GetLambdas returns (DEFAULT_LANGUAGE; default English).</summary>
    public string DefaultLanguage { get; init; } = Configuration.FunctionSettings.EnglishLanguage;

    /// <summary>The clock for durations and deadlines.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Where one JSON line per invocation is written (stdout in Lambda); null writes none.</summary>
    public TextWriter? Log { get; init; }

    /// <summary>What SeedTables writes to; null makes SeedTables answer FAILED saying the tables are not configured.</summary>
    public IRoutingWriter? SeedTarget { get; init; }

    /// <summary>The client SeedTables PUTs its answer to the ResponseURL with; null uses a private one.</summary>
    public HttpClient? ResponseUrlClient { get; init; }

    /// <summary>SeedTables also answers an http(s)://127.0.0.1 ResponseURL (tests, local runs); otherwise only https AWS hosts.</summary>
    public bool AllowLoopbackResponseUrl { get; init; }

    /// <summary>How long before the deadline SeedTables stops working so that its answer still reaches CloudFormation.</summary>
    public TimeSpan CustomResourceMargin { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How AssociatePhoneNumbers reaches Connect (endpoint, credentials, client); the defaults are AWS's.</summary>
    public PhoneNumbers.ConnectClientOptions Connect { get; init; } = new();
}
