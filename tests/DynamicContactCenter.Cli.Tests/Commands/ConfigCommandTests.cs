using DynamicContactCenter.Cli.Commands;
using DynamicContactCenter.Cli.Commands.Config;
using DynamicContactCenter.Storage.Yaml;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Commands;

/// <summary><c>dcc config</c> failures caught before any table is read: no DynamoDB needed.</summary>
[Trait("Issue", "6")]
public sealed class ConfigCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-config-").FullName;

    public static TheoryData<string, int> InvalidFileExitCodes => new()
    {
        // plan: 2 means "changes pending", so an invalid file is an error (1); apply treats it as bad input (2).
        { "plan", ConfigPlanCommand.Error },
        { "apply", ExitCodes.BadInput },
    };

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [MemberData(nameof(InvalidFileExitCodes))]
    public async Task Config_FileWithUnknownLanguage_ListsTheFindingAndExitsWithTheCommandsCode(string subcommand, int expected)
    {
        // Arrange: the endpoint is never reached (port 9 on loopback): validation comes first.
        var data = SampleRoutingData.Tenant();
        var file = Write("broken.yaml", RoutingYamlWriter.Write(data with
        {
            DialedNumbers = data.DialedNumbers.Add(new("+14443339999", "Dutch line", SampleRoutingData.QueueArn(4), "Dutch")),
        }));

        // Act
        string[] confirm = subcommand == "apply" ? ["--yes"] : [];
        var run = await DccRun.RunAsync(["config", subcommand, file, "--endpoint-url", "http://127.0.0.1:9", .. confirm]);

        // Assert
        run.ExitCode.ShouldBe(expected);
        run.Error.ShouldContain("DCC10");
        run.Error.ShouldContain("Dutch");
        run.Error.ShouldContain("nothing was compared or written");
    }

    [Theory]
    [InlineData("plan", ConfigPlanCommand.Error)]
    [InlineData("apply", ExitCodes.BadInput)]
    public async Task Config_MissingFile_NamesTheFile(string subcommand, int expected)
    {
        var run = await DccRun.RunAsync("config", subcommand, Path.Combine(_folder, "absent.yaml"));

        run.ExitCode.ShouldBe(expected);
        run.Error.ShouldContain("absent.yaml' does not exist");
    }

    [Theory]
    [InlineData("plan", ConfigPlanCommand.Error)]
    [InlineData("apply", ExitCodes.BadInput)]
    public async Task Config_RelativeEndpointUrl_SaysWhatIsExpected(string subcommand, int expected)
    {
        var file = Write("routing.yaml", RoutingYamlWriter.Write(SampleRoutingData.Tenant()));

        var run = await DccRun.RunAsync("config", subcommand, file, "--endpoint-url", "localhost-8000");

        run.ExitCode.ShouldBe(expected);
        run.Error.ShouldContain("--endpoint-url 'localhost-8000' is not an absolute URL");
    }

    [Fact]
    public async Task Config_UnknownProfile_NamesTheProfileAndCredentialsFile()
    {
        // Arrange
        var file = Write("routing.yaml", RoutingYamlWriter.Write(SampleRoutingData.Tenant()));
        var credentials = Write("credentials", "[ci]\naws_access_key_id = dcc-test\naws_secret_access_key = dcc-test\n");
        var environment = new Dictionary<string, string> { [ConfigTableOptions.SharedCredentialsFileVariable] = credentials };

        // Act
        var run = await DccRun.RunAsync(environment, "config", "plan", file, "--profile", "nobody", "--endpoint-url", "http://127.0.0.1:9");

        // Assert
        run.ExitCode.ShouldBe(ConfigPlanCommand.Error);
        run.Error.ShouldContain("--profile 'nobody' is not a profile");
        run.Error.ShouldContain(credentials);
    }

    [Fact]
    public async Task ConfigPlan_Help_StatesTheExitCodes()
    {
        var run = await DccRun.RunAsync("config", "plan", "--help");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("0 no changes, 2 changes pending, 1 error");
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
