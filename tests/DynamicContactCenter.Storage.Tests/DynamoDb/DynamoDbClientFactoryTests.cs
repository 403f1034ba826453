using Amazon.DynamoDBv2.Model;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Storage.Tests.DynamoDb;

public sealed class DynamoDbClientFactoryTests
{
    [Theory]
    [InlineData("http://127.0.0.1:1/", "http://127.0.0.1:2/", "http://127.0.0.1:3/", "http://127.0.0.1:1/")]
    [InlineData(null, "http://127.0.0.1:2/", "http://127.0.0.1:3/", "http://127.0.0.1:2/")]
    [InlineData("", " ", "http://127.0.0.1:3/", "http://127.0.0.1:3/")]
    [InlineData(null, null, null, null)]
    public void ResolveEndpoint_Sources_OptionWinsOverServiceVariableOverGlobal(string? option, string? service, string? global, string? expected)
    {
        // Act
        var endpoint = DynamoDbClientOptions.ResolveEndpoint(option, service, global);

        // Assert
        endpoint.ShouldBe(expected);
    }

    [Fact]
    public void Create_EndpointAndBudget_ConfiguresServiceUrlTimeoutAndRetries()
    {
        // Arrange
        var options = new DynamoDbClientOptions { Region = "eu-west-1", EndpointUrl = new Uri("http://127.0.0.1:4567/") };

        // Act
        using var client = DynamoDbClientFactory.Create(options);

        // Assert
        client.Config.ServiceURL.ShouldBe("http://127.0.0.1:4567/");
        client.Config.AuthenticationRegion.ShouldBe("eu-west-1");
        client.Config.Timeout.ShouldBe(TimeSpan.FromSeconds(1));
        client.Config.MaxErrorRetry.ShouldBe(2);
    }

    [Theory]
    [InlineData(8000, 1000)]   // Connect's whole 8 s: capped at the default 1 s per attempt
    [InlineData(2000, 500)]    // 2 s × 3/4 shared over 3 attempts
    [InlineData(100, 100)]     // never under 100 ms
    public void FitWithin_Budget_SharesItOverAttempts(int budgetMs, int expectedAttemptMs)
    {
        // Act
        var options = new DynamoDbClientOptions().FitWithin(TimeSpan.FromMilliseconds(budgetMs));

        // Assert
        options.AttemptTimeout.ShouldBe(TimeSpan.FromMilliseconds(expectedAttemptMs));
        options.MaxRetries.ShouldBe(2);
    }
}

// Sets a process-wide variable, so it runs alone (no other test builds a client meanwhile).
[Collection(ProcessEnvironmentCollectionDefinition.Name)]
[Trait("Category", "Integration")]
public sealed class DynamoDbClientFactoryEnvironmentTests(DynaliteFixture dynalite)
{
    [Fact]
    public async Task Create_NoEndpointButServiceVariableSet_SdkReachesThatEndpoint()
    {
        // Arrange
        var created = await dynalite.CreateTablesAsync();
        var before = Environment.GetEnvironmentVariable(DynamoDbClientFactory.ServiceEndpointVariable);
        Environment.SetEnvironmentVariable(DynamoDbClientFactory.ServiceEndpointVariable, dynalite.ServiceUrl.ToString());
        try
        {
            using var client = DynamoDbClientFactory.Create(dynalite.ClientOptions with { EndpointUrl = null });

            // Act
            var tables = await client.ListTablesAsync(new ListTablesRequest());

            // Assert
            tables.TableNames.ShouldContain(created.Prompts);
        }
        finally
        {
            Environment.SetEnvironmentVariable(DynamoDbClientFactory.ServiceEndpointVariable, before);
        }
    }
}
