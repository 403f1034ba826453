using System.Buffers.Binary;
using System.Text;

namespace DynamicContactCenter.Functions.Tests.TestHelpers;

/// <summary>Reads the GLIBC symbol versions an ELF64 little-endian binary requires, from its <c>.gnu.version_r</c>
/// (SHT_GNU_verneed) section: what the dynamic loader checks against the host's glibc. No objdump needed.</summary>
internal static class ElfGlibcVersions
{
    private const uint ShtGnuVerneed = 0x6ffffffe;

    public static IReadOnlyList<Version> Required(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var span = bytes.AsSpan();
        if (!span[..4].SequenceEqual("\u007fELF"u8) || span[4] != 2 || span[5] != 1)
        {
            throw new InvalidDataException($"{path} is not a 64-bit little-endian ELF file.");
        }

        var sectionOffset = (long)BinaryPrimitives.ReadUInt64LittleEndian(span[0x28..]);
        var sectionSize = BinaryPrimitives.ReadUInt16LittleEndian(span[0x3A..]);
        var sectionCount = BinaryPrimitives.ReadUInt16LittleEndian(span[0x3C..]);
        var versions = new List<Version>();
        for (var i = 0; i < sectionCount; i++)
        {
            var header = span[(int)(sectionOffset + (i * sectionSize))..];
            if (BinaryPrimitives.ReadUInt32LittleEndian(header[4..]) != ShtGnuVerneed)
            {
                continue;
            }

            var offset = (int)BinaryPrimitives.ReadUInt64LittleEndian(header[0x18..]);
            var link = (int)BinaryPrimitives.ReadUInt32LittleEndian(header[0x28..]);
            var entries = (int)BinaryPrimitives.ReadUInt32LittleEndian(header[0x2C..]);
            var strings = (int)BinaryPrimitives.ReadUInt64LittleEndian(span[(int)(sectionOffset + (link * sectionSize) + 0x18)..]);

            var need = offset;
            for (var n = 0; n < entries; n++)
            {
                var auxCount = BinaryPrimitives.ReadUInt16LittleEndian(span[(need + 2)..]);
                var aux = need + (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(need + 8)..]);
                for (var a = 0; a < auxCount; a++)
                {
                    var name = ReadString(span, strings + (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(aux + 8)..]));
                    if (name.StartsWith("GLIBC_", StringComparison.Ordinal) && Version.TryParse(name["GLIBC_".Length..], out var version))
                    {
                        versions.Add(version);
                    }

                    aux += (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(aux + 12)..]);
                }

                need += (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(need + 12)..]);
            }
        }

        return versions;
    }

    private static string ReadString(ReadOnlySpan<byte> span, int start)
    {
        var end = span[start..].IndexOf((byte)0);
        return Encoding.ASCII.GetString(span.Slice(start, end));
    }
}
