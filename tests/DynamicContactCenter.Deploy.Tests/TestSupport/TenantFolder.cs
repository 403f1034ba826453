using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Deploy.Tests.TestSupport;

/// <summary>A copy of the repository's deploy/template.yaml, flows/ and config/ in a temporary folder, laid out as in the clone, with
/// the routing file or instance model a test gives: another tenant packaged from the same template.</summary>
internal sealed class TenantFolder : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("dcc-tenant-").FullName;

    public TenantFolder(string? routingYaml = null, string? instanceYaml = null)
    {
        Directory.CreateDirectory(Path.Combine(_root, "deploy"));
        Directory.CreateDirectory(Path.Combine(_root, "config"));
        Directory.CreateDirectory(Path.Combine(_root, "flows"));
        File.Copy(CloudFormationTemplate.SourcePath, TemplatePath);
        foreach (var flow in Directory.GetFiles(RepositoryPaths.Flows, "*.json"))
        {
            File.Copy(flow, Path.Combine(_root, "flows", Path.GetFileName(flow)));
        }

        File.WriteAllText(Path.Combine(_root, "config", "routing.yaml"), routingYaml ?? File.ReadAllText(RepositoryPaths.RoutingYaml));
        File.WriteAllText(InstancePath, instanceYaml ?? File.ReadAllText(SampleInstancePath));
    }

    public static string SampleInstancePath => RepositoryPaths.Combine("config", "instance.yaml");

    public string TemplatePath => Path.Combine(_root, "deploy", "template.yaml");

    public string InstancePath => Path.Combine(_root, "config", "instance.yaml");

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
