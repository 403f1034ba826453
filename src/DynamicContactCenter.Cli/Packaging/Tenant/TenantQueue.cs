using DynamicContactCenter.Flows.Instance;

namespace DynamicContactCenter.Cli.Packaging.Tenant;

/// <summary>A queue the routing rows use, named after the instance model's queue with that ARN (English), else Queue1, ....</summary>
/// <param name="Id">The id its parameter (<c>{Id}QueueArn</c>) and created resource (<c>{Id}Queue</c>) are named from.</param>
/// <param name="Arn">The ARN in the routing file.</param>
/// <param name="Model">The instance model's queue with that ARN, or null.</param>
internal sealed record TenantQueue(string Id, string Arn, QueueDefinition? Model)
{
    /// <summary>The parameter that takes an existing queue's ARN.</summary>
    public string Parameter => Id + "QueueArn";

    /// <summary>The AWS::Connect::Queue resource created in <see cref="InstanceResources.Create"/> mode.</summary>
    public string Resource => Id + "Queue";
}
