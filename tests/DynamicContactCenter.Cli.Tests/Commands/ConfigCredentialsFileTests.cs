using DynamicContactCenter.Cli.Commands;
using DynamicContactCenter.Cli.Commands.Config;
using DynamicContactCenter.Storage.Yaml;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Commands;

/// <summary>Issue #10 item 14: a malformed shared-credentials file is reported by file and line, never echoing the line (it holds secrets).</summary>
public sealed class ConfigCredentialsFileTests : IDisposable
{
    private const string Secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzSECRETz";
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-credentials-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("apply", ExitCodes.BadInput, true)]
    [InlineData("export", ExitCodes.BadInput, true)]
    [InlineData("apply", ExitCodes.BadInput, false)]
    [InlineData("plan", ConfigPlanCommand.Error, true)]
    public async Task Config_MalformedCredentialsFile_NamesFileAndLineButNeverTheSecret(string subcommand, int expected, bool withProfile)
    {
        // Arrange: line 3 is a secret pasted without its key
        var credentials = Write("credentials", $"[ci]\naws_access_key_id = AKIAEXAMPLE\n{Secret}\n");
        var environment = new Dictionary<string, string> { [ConfigTableOptions.SharedCredentialsFileVariable] = credentials, ["HOME"] = _folder };
        string[] args = subcommand == "export"
            ? ["config", "export", "--endpoint-url", "http://127.0.0.1:9"]
            : ["config", subcommand, Write("routing.yaml", RoutingYamlWriter.Write(SampleRoutingData.Tenant())), "--endpoint-url", "http://127.0.0.1:9"];
        if (withProfile) args = [.. args, "--profile", "ci"];

        // Act
        var run = await DccRun.RunAsync(environment, args);

        // Assert
        run.ExitCode.ShouldBe(expected);
        run.Error.ShouldContain(CliMessages.AwsProfileFileMalformed.Code);
        run.Error.ShouldContain($"{credentials}:3");
        (run.Error + run.Output).ShouldNotContain(Secret);
        (run.Error + run.Output).ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Config_MalformedConfigFileInHome_IsReportedToo()
    {
        // Arrange: no AWS_SHARED_CREDENTIALS_FILE; ~/.aws/config has a line outside any profile
        Directory.CreateDirectory(Path.Combine(_folder, ".aws"));
        var config = Path.Combine(_folder, ".aws", "config");
        File.WriteAllText(config, $"aws_secret_access_key = {Secret}\n[profile ci]\nregion = us-east-1\n");
        var environment = new Dictionary<string, string> { ["HOME"] = _folder };

        // Act
        var run = await DccRun.RunAsync(environment, "config", "apply", Write("routing.yaml", RoutingYamlWriter.Write(SampleRoutingData.Tenant())),
            "--endpoint-url", "http://127.0.0.1:9", "--profile", "ci");

        // Assert
        run.ExitCode.ShouldBe(ExitCodes.BadInput);
        run.Error.ShouldContain(CliMessages.AwsProfileFileMalformed.Code);
        run.Error.ShouldContain($"{config}:1");
        run.Error.ShouldNotContain(Secret);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
