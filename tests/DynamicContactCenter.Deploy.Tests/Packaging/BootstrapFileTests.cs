using DynamicContactCenter.Cli.Packaging;

namespace DynamicContactCenter.Deploy.Tests.Packaging;

/// <summary>The bootstrap check: a Linux executable for the architecture packaged.</summary>
public sealed class BootstrapFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-bootstrap-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<ushort, string, string?> Machines => new()
    {
        { 0x3E, "x86_64", null },
        { 0xB7, "arm64", null },
        { 0xB7, "x86_64", PackagingMessages.BootstrapWrongArch.Code },
        { 0x3E, "arm64", PackagingMessages.BootstrapWrongArch.Code },
        { 0x28, "arm64", PackagingMessages.BootstrapWrongArch.Code },
    };

    [Theory]
    [MemberData(nameof(Machines))]
    public void Check_ElfForAMachine_AcceptsOnlyTheArchitecturePackaged(ushort machine, string architecture, string? code)
    {
        // Arrange
        var path = Path.Combine(_folder, "bootstrap");
        var header = new byte[64];
        header[0] = 0x7F; header[1] = (byte)'E'; header[2] = (byte)'L'; header[3] = (byte)'F'; header[4] = 2; header[5] = 1;
        header[18] = (byte)(machine & 0xFF); header[19] = (byte)(machine >> 8);
        File.WriteAllBytes(path, header);

        // Act
        var error = BootstrapFile.Check(path, LambdaArchitecture.Find(architecture)!);

        // Assert
        if (code is null)
        {
            error.ShouldBeNull();
        }
        else
        {
            error.ShouldNotBeNull().Code.ShouldBe(code);
            error.File.ShouldBe(path);
            error.Message.ShouldContain($"--arch {architecture}");
        }
    }
}
