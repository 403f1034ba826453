namespace DynamicContactCenter.Cli.Commands;

/// <summary>What <c>dcc package</c> was asked to do (paths as typed; null means the default).</summary>
internal sealed record PackageRequest(
    string Architecture,
    string? OutputDirectory,
    string? SourceTemplate,
    string? Bootstrap,
    string StackName,
    string? Bucket,
    IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary><c>--instance-resources</c>: existing (queue ARNs are parameters, the default) or create (the stack creates the queues
    /// and hours of config/instance.yaml).</summary>
    public string InstanceResources { get; init; } = "existing";
}
