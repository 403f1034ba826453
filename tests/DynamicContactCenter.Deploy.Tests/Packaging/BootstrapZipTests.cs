using DynamicContactCenter.Cli.Packaging;

namespace DynamicContactCenter.Deploy.Tests.Packaging;

/// <summary>The code zip as Lambda needs it: bootstrap at the root, executable, reproducible.</summary>
public sealed class BootstrapZipTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-zip-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Write_AnyFile_ZipsItAsAnExecutableBootstrapAtTheRootTheSameEveryTime()
    {
        // Arrange
        var source = Path.Combine(_folder, "built");
        File.WriteAllBytes(source, [.. Enumerable.Range(0, 10_000).Select(i => (byte)(i % 7))]);
        var first = Path.Combine(_folder, "first.zip");
        var second = Path.Combine(_folder, "second.zip");

        // Act
        BootstrapZip.Write(source, first);
        BootstrapZip.Write(source, second);

        // Assert
        using var zip = System.IO.Compression.ZipFile.OpenRead(first);
        var entry = zip.Entries.ShouldHaveSingleItem();
        entry.FullName.ShouldBe("bootstrap");
        (entry.ExternalAttributes >>> 16).ShouldBe(0x81ED);
        entry.Length.ShouldBe(10_000);
        File.ReadAllBytes(second).ShouldBe(File.ReadAllBytes(first), "the same bootstrap gives the same zip, so an unchanged upload is skipped");
        File.Exists(first + ".tmp").ShouldBeFalse();
    }
}
