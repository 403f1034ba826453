using System.Runtime.InteropServices;
using DynamicContactCenter.Cli.Packaging;
using DynamicContactCenter.Deploy.Tests.TestSupport;

namespace DynamicContactCenter.Deploy.Tests.Packaging;

/// <summary>What <c>dcc package</c> says, and exits with, when something it needs is missing; nothing is written then.</summary>
public sealed class PackageCommandErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-package-errors-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Out => Path.Combine(_folder, "out");

    [Fact]
    public async Task Package_UnknownArchitecture_ExitsTwoNamingTheValue()
    {
        // Arrange / Act
        var result = await DccProcess.RunAsync(null, "package", "--arch", "sparc", "--out", Out);

        // Assert
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain(PackagingMessages.UnknownArchitecture.Code);
        result.Error.ShouldContain("'sparc'");
        Directory.Exists(Out).ShouldBeFalse();
    }

    [Fact]
    public async Task Package_OtherArchitectureWithoutCrossToolchain_ExitsTwoSayingWhatToInstall()
    {
        // Arrange: a PATH with no compilers at all, and the architecture this machine is not.
        var other = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? LambdaArchitecture.X64 : LambdaArchitecture.Arm64;
        var environment = new Dictionary<string, string> { ["PATH"] = _folder };

        // Act
        var result = await DccProcess.RunAsync(environment, "package", "--arch", other.Name, "--out", Out);

        // Assert
        result.ExitCode.ShouldBe(2, result.Error);
        result.Error.ShouldContain(PackagingMessages.CrossToolchainMissing.Code);
        result.Error.ShouldContain("clang");
        result.Error.ShouldContain("--bootstrap");
        Directory.Exists(Out).ShouldBeFalse();
    }

    [Fact]
    public async Task Package_BootstrapThatIsNotALinuxExecutable_ExitsTwoNamingTheFile()
    {
        // Arrange
        var fake = Path.Combine(_folder, "bootstrap");
        await File.WriteAllTextAsync(fake, "#!/bin/sh\necho not a native binary\n");

        // Act
        var result = await DccProcess.RunAsync(null, "package", "--bootstrap", fake, "--out", Out);

        // Assert
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain(PackagingMessages.BootstrapNotElf.Code);
        result.Error.ShouldContain(fake);
        Directory.Exists(Out).ShouldBeFalse();
    }

    [Fact]
    public async Task Package_MissingBootstrap_ExitsTwoNamingTheFile()
    {
        // Arrange
        var missing = Path.Combine(_folder, "no-bootstrap");

        // Act
        var result = await DccProcess.RunAsync(null, "package", "--bootstrap", missing, "--out", Out);

        // Assert
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain(PackagingMessages.BootstrapMissing.Code);
        result.Error.ShouldContain(missing);
    }
}
