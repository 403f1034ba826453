using System.Runtime.InteropServices;

namespace DynamicContactCenter.Cli.Packaging;

/// <summary>A Lambda architecture with its .NET runtime identifier, ELF machine and the cross toolchain it needs elsewhere.</summary>
/// <param name="Name">Lambda's name: x86_64 or arm64.</param>
/// <param name="RuntimeIdentifier">The .NET RID: linux-x64 or linux-arm64.</param>
/// <param name="ElfMachine">e_machine in the ELF header.</param>
/// <param name="Host">The machine architecture that builds it natively.</param>
/// <param name="CrossTools">Programs Native AOT needs to build it on another architecture.</param>
/// <param name="CrossPackages">The Debian/Ubuntu packages that provide them.</param>
public sealed record LambdaArchitecture(string Name, string RuntimeIdentifier, ushort ElfMachine, Architecture Host, string[] CrossTools, string CrossPackages)
{
    /// <summary>Intel/AMD 64-bit.</summary>
    public static LambdaArchitecture X64 { get; } = new("x86_64", "linux-x64", 0x3E, Architecture.X64,
        ["clang", "x86_64-linux-gnu-objcopy"], "clang llvm binutils-x86-64-linux-gnu gcc-x86-64-linux-gnu zlib1g-dev:amd64");

    /// <summary>Graviton (64-bit ARM).</summary>
    public static LambdaArchitecture Arm64 { get; } = new("arm64", "linux-arm64", 0xB7, Architecture.Arm64,
        ["clang", "aarch64-linux-gnu-objcopy"], "clang llvm binutils-aarch64-linux-gnu gcc-aarch64-linux-gnu zlib1g-dev:arm64");

    /// <summary>The architecture named <paramref name="name"/> (x86_64, arm64; x64 and aarch64 accepted), or null.</summary>
    public static LambdaArchitecture? Find(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "x86_64" or "x64" or "amd64" => X64,
        "arm64" or "aarch64" => Arm64,
        _ => null,
    };

    /// <summary>The architecture whose ELF machine is <paramref name="machine"/>, or null.</summary>
    public static LambdaArchitecture? FromElfMachine(ushort machine) =>
        machine == X64.ElfMachine ? X64 : machine == Arm64.ElfMachine ? Arm64 : null;
}
