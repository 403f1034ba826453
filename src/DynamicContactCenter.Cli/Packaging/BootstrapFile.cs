using System.Buffers.Binary;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Cli.Packaging;

/// <summary>Checks that a file can be Lambda's <c>bootstrap</c> for an architecture: a Linux (ELF) executable for that machine,
/// within Lambda's unzipped size limit.</summary>
public static class BootstrapFile
{
    /// <summary>Lambda's limit on unzipped code, in bytes (250 MB).</summary>
    public const long MaxUnzippedBytes = 250L * 1024 * 1024;

    /// <summary>Null when <paramref name="path"/> is a usable bootstrap for <paramref name="architecture"/>, else why not.</summary>
    public static Diagnostic? Check(string path, LambdaArchitecture architecture)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(architecture);
        if (!File.Exists(path))
        {
            return PackagingMessages.BootstrapMissing.ErrorAt(DiagnosticLocation.InFile(path, null), path);
        }

        var header = new byte[20];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }

        if (read < header.Length || header[0] != 0x7F || header[1] != (byte)'E' || header[2] != (byte)'L' || header[3] != (byte)'F')
        {
            return PackagingMessages.BootstrapNotElf.ErrorAt(DiagnosticLocation.InFile(path, null), path);
        }

        // e_machine (offset 18) in the file's byte order: EI_DATA (offset 5) is 1 for little-endian, 2 for big-endian.
        var machine = header[5] == 2 ? BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(18)) : BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(18));
        if (machine != architecture.ElfMachine)
        {
            var actual = LambdaArchitecture.FromElfMachine(machine)?.Name ?? $"ELF machine 0x{machine:X}";
            return PackagingMessages.BootstrapWrongArch.ErrorAt(DiagnosticLocation.InFile(path, null), path, actual, architecture.Name);
        }

        var size = new FileInfo(path).Length;
        return size > MaxUnzippedBytes
            ? PackagingMessages.BootstrapTooLarge.ErrorAt(DiagnosticLocation.InFile(path, null), path, size, MaxUnzippedBytes)
            : null;
    }
}
