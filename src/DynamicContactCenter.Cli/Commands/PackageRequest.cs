namespace DynamicContactCenter.Cli.Commands;

/// <summary>What <c>dcc package</c> was asked to do (paths as typed; null means the default).</summary>
internal sealed record PackageRequest(
    string Architecture,
    string? OutputDirectory,
    string? SourceTemplate,
    string? Bootstrap,
    string StackName,
    string? Bucket,
    IReadOnlyDictionary<string, string> Parameters);
