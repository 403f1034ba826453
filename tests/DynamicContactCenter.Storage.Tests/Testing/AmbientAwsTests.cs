using System.Diagnostics;
using Amazon.DynamoDBv2;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Storage.Tests.Testing;

[Collection(ProcessEnvironmentCollectionDefinition.Name)]
public sealed class AmbientAwsTests
{
    private static readonly Dictionary<string, string> Hostile = new(StringComparer.Ordinal)
    {
        ["AWS_PROFILE"] = "dcc-hostile-missing-profile",
        ["AWS_DEFAULT_PROFILE"] = "dcc-hostile-missing-profile",
        ["AWS_REGION"] = "eu-hostile-9",
        ["AWS_DEFAULT_REGION"] = "eu-hostile-8",
        ["AWS_ENDPOINT_URL"] = "http://127.0.0.1:9/",
        ["AWS_ENDPOINT_URL_DYNAMODB"] = "http://127.0.0.1:9/",
        ["AWS_ENDPOINT_URL_CLOUDFORMATION"] = "http://127.0.0.1:9/",
        ["AWS_ACCESS_KEY_ID"] = "AKIAHOSTILE",
        ["AWS_SECRET_ACCESS_KEY"] = "hostile-secret",
        ["AWS_SESSION_TOKEN"] = "hostile-token",
        ["AWS_SHARED_CREDENTIALS_FILE"] = "/tmp/dcc-hostile/credentials",
        ["AWS_CONFIG_FILE"] = "/tmp/dcc-hostile/config",
        ["aws_lower_case_variant"] = "hostile",
    };

    [Fact]
    public async Task Isolate_HostileValuesInProcess_SdkFindsNoEndpointAndChildrenInheritOnlyPinnedValues()
    {
        // Arrange: a machine with a profile, a region, endpoint overrides and keys set.
        foreach (var (name, value) in Hostile)
        {
            Environment.SetEnvironmentVariable(name, value);
        }

        // Act: what every test assembly's module initializer does before its first test.
        AmbientAws.Isolate();

        // Assert: the SDK no longer picks up the endpoint override, and a child process sees only the pinned values.
        new AmazonDynamoDBConfig().ServiceURL.ShouldBeNull();
        var inherited = await AwsVariablesOfChildProcessAsync();
        inherited.ShouldBe(AmbientAws.Pinned.Select(p => $"{p.Key}={p.Value}").Order(StringComparer.Ordinal), ignoreOrder: false);
    }

    [Fact]
    public void Isolate_ChildEnvironmentWithHostileValues_KeepsOtherVariablesAndOnlyPinnedAwsValues()
    {
        // Arrange
        var environment = new Dictionary<string, string?>(Hostile.ToDictionary(p => p.Key, p => (string?)p.Value), StringComparer.Ordinal)
        {
            ["PATH"] = "/usr/bin",
        };

        // Act
        AmbientAws.Isolate(environment);

        // Assert
        environment.ShouldBe(new Dictionary<string, string?>(AmbientAws.Pinned.ToDictionary(p => p.Key, p => (string?)p.Value)) { ["PATH"] = "/usr/bin" }, ignoreOrder: true);
    }

    private static async Task<string[]> AwsVariablesOfChildProcessAsync()
    {
        using var env = Process.Start(new ProcessStartInfo("/usr/bin/env") { RedirectStandardOutput = true, UseShellExecute = false })!;
        var output = await env.StandardOutput.ReadToEndAsync();
        await env.WaitForExitAsync();
        return [.. output.Split('\n').Where(line => AmbientAws.IsAwsVariable(line)).Order(StringComparer.Ordinal)];
    }
}
