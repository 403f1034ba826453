namespace DynamicContactCenter.Functions.Configuration;

/// <summary>The real process environment; the only place in the functions that reads it.</summary>
public sealed class ProcessEnvironmentVariables : IEnvironmentVariables
{
    /// <inheritdoc />
#pragma warning disable RS0030 // Banned API: this type IS the one settings seam the ban points to.
    public string? Read(string name) => Environment.GetEnvironmentVariable(name);
#pragma warning restore RS0030
}
