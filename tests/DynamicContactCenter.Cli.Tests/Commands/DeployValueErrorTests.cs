using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Commands;

/// <summary>The deployed stack's command-line values that are refused before anything is asked of AWS or built: each error carries
/// its code (DCC804x), names the value and says what was expected (issue #11: no error without a code).</summary>
[Trait("Issue", "11")]
public sealed class DeployValueErrorTests
{
    [Fact]
    public async Task ConfigPlan_TablesFromStackWithNoRegionAnywhere_ExitsOneWithDcc8040NamingTheStack()
    {
        // Act: the test process has no AWS_REGION, no config file and no instance metadata (AmbientAws), and no endpoint override.
        var run = await DccRun.RunAsync("config", "plan", RepositoryPaths.RoutingYaml, "--tables-from-stack", "dcc-prod");

        // Assert
        run.ExitCode.ShouldBe(1, run.Error);
        run.Error.ShouldContain("error: DCC8040: --tables-from-stack 'dcc-prod' needs the stack's region; expected --region, AWS_REGION, or a --profile with a region.");
        run.Output.ShouldNotContain("Plan:");
    }

    [Fact]
    public async Task ConfigPlan_CloudFormationEndpointNotAUrl_ExitsOneWithDcc8041NamingTheValue()
    {
        // Act
        var run = await DccRun.RunAsync("config", "plan", RepositoryPaths.RoutingYaml, "--region", "eu-west-1",
            "--tables-from-stack", "dcc-prod", "--cloudformation-endpoint-url", "localhost-4566");

        // Assert
        run.ExitCode.ShouldBe(1, run.Error);
        run.Error.ShouldContain("error: DCC8041: the CloudFormation endpoint 'localhost-4566' (from --cloudformation-endpoint-url, " +
            "AWS_ENDPOINT_URL_CLOUDFORMATION or AWS_ENDPOINT_URL) is not an absolute URL; expected e.g. http://127.0.0.1:4566.");
    }

    [Fact]
    public async Task Package_ParameterWithoutEquals_ExitsTwoWithDcc8042BeforeBuildingAnything()
    {
        // Arrange
        var output = Path.Combine(Path.GetTempPath(), "dcc-package-never-" + Guid.NewGuid().ToString("N"));

        // Act
        var run = await DccRun.RunAsync("package", "--out", output, "--parameter", "ConnectInstanceArn");

        // Assert
        run.ExitCode.ShouldBe(2, run.Error);
        run.Error.ShouldContain("error: DCC8042: --parameter 'ConnectInstanceArn' is not NAME=VALUE; expected a template parameter's name, '=' and its value");
        Directory.Exists(output).ShouldBeFalse("nothing is built or written when a value is refused");
    }
}
