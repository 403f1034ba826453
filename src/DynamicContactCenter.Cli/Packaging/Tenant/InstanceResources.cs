namespace DynamicContactCenter.Cli.Packaging.Tenant;

/// <summary>Where the queues the routing rows name come from (<c>dcc package --instance-resources</c>).</summary>
public enum InstanceResources
{
    /// <summary>The team's existing queues: one queue-ARN parameter per queue the rows use (the default, as before).</summary>
    Existing,

    /// <summary>The stack creates the queues and their hours of operation from config/instance.yaml, and the rows take the
    /// created queues' ARNs; no queue parameter is left to give.</summary>
    Create,
}
