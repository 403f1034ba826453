using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Storage.CloudFormation;

/// <summary>The routing table names a stack's outputs give, or why they could not be had.</summary>
/// <param name="Names">The table names; null on failure.</param>
/// <param name="Error">The coded message (DCC15xx) naming the stack, region and what is missing; null on success.</param>
public sealed record StackTableNamesResult(RoutingTableNames? Names, string? Error);
