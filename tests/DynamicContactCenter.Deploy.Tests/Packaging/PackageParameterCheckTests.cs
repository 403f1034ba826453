using DynamicContactCenter.Cli.Packaging;
using DynamicContactCenter.Deploy.Tests.TestSupport;

namespace DynamicContactCenter.Deploy.Tests.Packaging;

/// <summary><c>dcc package --parameter NAME=VALUE</c> is checked against the template it writes, as CloudFormation will check it,
/// before anything is built: a name the template lacks or a value it refuses is an error naming both.</summary>
public sealed class PackageParameterCheckTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-package-parameters-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Out => Path.Combine(_folder, "out");

    [Fact]
    public async Task Package_UnknownParameterName_ExitsTwoNamingItAndTheParameters()
    {
        // Arrange / Act: a typo of EnglishPhoneNumber.
        var result = await DccProcess.RunAsync(null, "package", "--out", Out, "--parameter", "EnglishPhonenumber=+14443330000");

        // Assert
        result.ExitCode.ShouldBe(2, result.Error);
        result.Error.ShouldContain(PackagingMessages.ParameterUnknown.Code);
        result.Error.ShouldContain("--parameter EnglishPhonenumber: the packaged template has no parameter EnglishPhonenumber");
        result.Error.ShouldContain("EnglishPhoneNumber");
        Directory.Exists(Out).ShouldBeFalse();
    }

    [Theory]
    [InlineData("EnglishPhoneNumber=14443330000", "EnglishPhoneNumber", "E.164")]
    [InlineData("SpanishQueueArn=Spanish queue", "SpanishQueueArn", "queue ARN")]
    [InlineData("Environment=staging", "Environment", "prod, dev")]
    [InlineData("OrganisationName={organisation}", "OrganisationName", "accents welcome")]
    public async Task Package_ValueTheTemplateRefuses_ExitsTwoNamingTheParameterAndTheConstraint(string pair, string name, string constraint)
    {
        // Arrange / Act
        var result = await DccProcess.RunAsync(null, "package", "--out", Out, "--parameter", pair);

        // Assert
        result.ExitCode.ShouldBe(2, result.Error);
        result.Error.ShouldContain(PackagingMessages.ParameterValueRejected.Code);
        result.Error.ShouldContain($"--parameter {name}=");
        result.Error.ShouldContain(constraint);
        Directory.Exists(Out).ShouldBeFalse();
    }

    [Fact]
    public async Task Package_UnknownInstanceResourcesMode_ExitsTwoNamingTheModes()
    {
        // Arrange / Act
        var result = await DccProcess.RunAsync(null, "package", "--out", Out, "--instance-resources", "import");

        // Assert
        result.ExitCode.ShouldBe(2, result.Error);
        result.Error.ShouldContain(PackagingMessages.InstanceResourcesUnknown.Code);
        result.Error.ShouldContain("'import'");
        result.Error.ShouldContain("existing");
    }

    [Theory]
    [InlineData("Señales Québec")]
    [InlineData("Widgets del Niño, S.A.")]
    public void OrganisationName_Accented_IsAcceptedByThePackagedTemplate(string organisation)
    {
        // Arrange
        var parameters = TemplatePackager.Package(CloudFormationTemplate.SourcePath, "x86_64").Value.ShouldNotBeNull().Parameters;

        // Act
        var refusal = parameters.Single(p => p.Name == "OrganisationName").Refusal(organisation);

        // Assert
        refusal.ShouldBeNull();
    }
}
