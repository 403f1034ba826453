using System.IO.Compression;
using System.Text.Json.Nodes;
using DynamicContactCenter.Cli.Packaging;
using DynamicContactCenter.Deploy.Tests.TestSupport;
using DynamicContactCenter.Functions.Configuration;
using DynamicContactCenter.Local;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Deploy.Tests.Packaging;

/// <summary><c>dcc package</c> for real: the zip Lambda gets (entry, mode, size, the handlers its bootstrap serves), the template
/// beside it, and the commands printed.</summary>
[Trait("Category", "Aot")]
[Trait("Category", "Integration")]
public sealed class PackageCommandTests(PackageFixture package) : IClassFixture<PackageFixture>, IDisposable
{
    private readonly string _extracted = Directory.CreateTempSubdirectory("dcc-unzipped-").FullName;

    public void Dispose() => Directory.Delete(_extracted, recursive: true);

    private string ZipPath => Path.Combine(package.OutputDirectory, "bootstrap.zip");

    [Fact]
    public void Package_FreshClone_WritesAZipWithOneExecutableBootstrapAtTheRoot()
    {
        // Arrange
        package.Run.ExitCode.ShouldBe(0, package.Run.Error + package.Run.Output);

        // Act
        using var zip = ZipFile.OpenRead(ZipPath);

        // Assert
        var entry = zip.Entries.ShouldHaveSingleItem();
        entry.FullName.ShouldBe("bootstrap");
        (entry.ExternalAttributes >>> 16).ShouldBe(0x81ED, "a regular file with mode 0755");
        entry.Length.ShouldBeInRange(1_000_000, BootstrapFile.MaxUnzippedBytes);
        new FileInfo(ZipPath).Length.ShouldBeLessThan(50L * 1024 * 1024, "small enough for a direct upload too");
    }

    [Fact]
    public async Task Package_EveryHandlerOfTheTemplate_IsServedByTheZippedBootstrap()
    {
        // Arrange
        package.Run.ExitCode.ShouldBe(0, package.Run.Error + package.Run.Output);
        ZipFile.ExtractToDirectory(ZipPath, _extracted);
        var bootstrap = Path.Combine(_extracted, "bootstrap");
        var template = CloudFormationTemplate.Load(Path.Combine(package.OutputDirectory, "template.yaml"));
        var handlers = template.ResourcesOfType("AWS::Lambda::Function").Select(f => (string)template.Properties(f)["Handler"]!).ToList();
        using var responseUrl = new ResponseUrlServer();

        // Act
        var answers = new Dictionary<string, LocalInvocationResult>();
        foreach (var handler in handlers)
        {
            // No table variables: the bootstrap serves its embedded routing data, enough to show it starts and dispatches.
            await using var process = LambdaProcess.Start(new LambdaProcessOptions
            {
                ExecutablePath = bootstrap,
                Handler = handler,
                Environment = new Dictionary<string, string> { [SettingNames.AllowLoopbackResponseUrl] = "1" },
            });
            answers[handler] = await process.InvokeAsync(EventFor(handler, responseUrl.UrlFor(handler)));
        }

        // Assert
        (OperatingSystem.IsWindows() || File.GetUnixFileMode(bootstrap).HasFlag(UnixFileMode.UserExecute)).ShouldBeTrue("the mode survives unzipping");
        handlers.ShouldBe(["GetLambdas", "GetDynAttributes", "GetPrompts", "SeedTables", "AssociatePhoneNumbers"], ignoreOrder: true);
        answers.ShouldAllBe(a => a.Value.Succeeded);
        JsonNode.Parse(answers["GetDynAttributes"].ResponseJson!)!["language"]!.GetValue<string>().ShouldBe("Spanish");
        JsonNode.Parse(answers["GetPrompts"].ResponseJson!)!["voice"]!.GetValue<string>().ShouldBe("Lupe");
        JsonNode.Parse(answers["GetLambdas"].ResponseJson!)!["getPrompts"]!.GetValue<string>().ShouldStartWith("arn:aws:lambda:");
        responseUrl.Received.Select(r => (r.Path, r.Status)).ShouldBe(
            [("/cloudformation-custom-resource-response/SeedTables", "SUCCESS"), ("/cloudformation-custom-resource-response/AssociatePhoneNumbers", "SUCCESS")],
            ignoreOrder: true);
    }

    [Fact]
    public async Task Package_FreshClone_WritesTheTemplateAndPrintsTheDeployCommands()
    {
        // Arrange
        package.Run.ExitCode.ShouldBe(0, package.Run.Error + package.Run.Output);
        var templatePath = Path.Combine(package.OutputDirectory, "template.yaml");

        // Act
        var written = await File.ReadAllTextAsync(templatePath);
        var expected = TemplatePackager.Package(CloudFormationTemplate.SourcePath, "x86_64").Value!.Text;

        // Assert
        written.ShouldBe(expected);
        var output = package.Run.Output;
        output.ShouldContain($"aws cloudformation package \\\n  --template-file {templatePath} \\\n  --s3-bucket my-artifacts \\\n  --output-template-file {Path.Combine(package.OutputDirectory, "packaged.yaml")}");
        output.ShouldContain("aws cloudformation deploy \\");
        output.ShouldContain("--stack-name dcc-prod");
        output.ShouldContain("--capabilities CAPABILITY_IAM");
        output.ShouldContain("'OrganisationName=Alpha to Zulu Corp'");
        foreach (var parameter in new[] { "ConnectInstanceArn", "EnglishPhoneNumber", "EnglishQueueArn", "SpanishPhoneNumber", "SpanishQueueArn", "FrenchPhoneNumber", "FrenchQueueArn" })
        {
            output.ShouldContain($"'{parameter}=<{parameter}>'");
        }
    }

    private static string EventFor(string handler, string responseUrl) => handler switch
    {
        // The custom resources' Delete of a resource without properties: answered SUCCESS without a store or Connect call.
        "SeedTables" or "AssociatePhoneNumbers" => new JsonObject
        {
            ["RequestType"] = "Delete",
            ["ResponseURL"] = responseUrl,
            ["StackId"] = "arn:aws:cloudformation:us-east-1:123456789012:stack/s/1",
            ["RequestId"] = "r1",
            ["LogicalResourceId"] = "RoutingData",
            ["PhysicalResourceId"] = "p1",
            ["ResourceProperties"] = new JsonObject(),
        }.ToJsonString(),
        _ => new JsonObject
        {
            ["Name"] = "ContactFlowEvent",
            ["Details"] = new JsonObject
            {
                ["ContactData"] = new JsonObject
                {
                    ["ContactId"] = "c1",
                    ["Attributes"] = new JsonObject { ["Language"] = "Spanish" },
                    ["SystemEndpoint"] = new JsonObject { ["Address"] = "+14443331111", ["Type"] = "TELEPHONE_NUMBER" },
                },
                ["Parameters"] = new JsonObject { ["environment"] = "prod" },
            },
        }.ToJsonString(),
    };
}
