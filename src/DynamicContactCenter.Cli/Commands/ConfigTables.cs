using Amazon.DynamoDBv2;
using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Cli.Commands;

/// <summary>The live tables a <c>dcc config</c> command works on.</summary>
/// <param name="Client">The DynamoDB client.</param>
/// <param name="Names">The physical table names.</param>
/// <param name="Where">Where the client goes, for people: the endpoint URL, or AWS and the region.</param>
internal sealed record ConfigTables(IAmazonDynamoDB Client, RoutingTableNames Names, string Where)
{
    /// <summary>One line naming the three tables and the endpoint.</summary>
    public string Describe() => $"DynamoDB tables {Names.Environments}, {Names.DialedNumbers}, {Names.Prompts} at {Where}";
}
