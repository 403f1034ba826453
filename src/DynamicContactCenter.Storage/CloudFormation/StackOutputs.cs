using System.Collections.Immutable;

namespace DynamicContactCenter.Storage.CloudFormation;

/// <summary>A stack's status and outputs, as DescribeStacks gave them.</summary>
/// <param name="Status">The stack's status, e.g. <c>CREATE_COMPLETE</c>.</param>
/// <param name="Outputs">The outputs by key.</param>
public sealed record StackOutputs(string Status, ImmutableSortedDictionary<string, string> Outputs);
