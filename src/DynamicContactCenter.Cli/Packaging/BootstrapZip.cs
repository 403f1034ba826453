using System.IO.Compression;

namespace DynamicContactCenter.Cli.Packaging;

/// <summary>Writes the Lambda code zip: one entry, <c>bootstrap</c>, at the root, as a regular executable file (mode 0755).</summary>
/// <remarks>Lambda runs provided.al2023's <c>/var/task/bootstrap</c> only if the zip's Unix mode makes it executable; the mode
/// lives in the entry's external attributes, so no <c>zip</c> binary is needed. The timestamp is fixed so that the same
/// bootstrap gives the same zip (and <c>aws cloudformation package</c>, which names uploads by content hash, skips it).</remarks>
public static class BootstrapZip
{
    /// <summary>The entry name Lambda's custom runtimes start.</summary>
    public const string EntryName = "bootstrap";

    /// <summary>Regular file (S_IFREG, 0100000) with rwxr-xr-x (0755).</summary>
    public const int UnixMode = 0x8000 | 0x1ED;

    private static readonly DateTimeOffset FixedTimestamp = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Zips <paramref name="bootstrapPath"/> into <paramref name="zipPath"/> (replacing it).</summary>
    public static void Write(string bootstrapPath, string zipPath)
    {
        ArgumentNullException.ThrowIfNull(bootstrapPath);
        ArgumentNullException.ThrowIfNull(zipPath);
        var temporary = zipPath + ".tmp";
        using (var zip = ZipFile.Open(temporary, ZipArchiveMode.Create))
        {
            var entry = zip.CreateEntry(EntryName, CompressionLevel.Optimal);
            entry.ExternalAttributes = UnixMode << 16;
            entry.LastWriteTime = FixedTimestamp;
            using var source = File.OpenRead(bootstrapPath);
            using var target = entry.Open();
            source.CopyTo(target);
        }

        // Never leave a half-written zip where the template points.
        File.Move(temporary, zipPath, overwrite: true);
    }
}
