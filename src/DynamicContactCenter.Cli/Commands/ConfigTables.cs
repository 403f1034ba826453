using Amazon.DynamoDBv2;
using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Cli.Commands;

/// <summary>The live tables a <c>dcc config</c> command works on.</summary>
/// <param name="Client">The DynamoDB client.</param>
/// <param name="Names">The physical table names.</param>
/// <param name="Where">Where the client goes, for people: the endpoint URL, or AWS and the region.</param>
/// <param name="Stack">The CloudFormation stack whose outputs named the tables (<c>--tables-from-stack</c>), if any.</param>
internal sealed record ConfigTables(IAmazonDynamoDB Client, RoutingTableNames Names, string Where, string? Stack = null)
{
    /// <summary>One line naming the three tables, the endpoint and, when they came from one, the stack.</summary>
    public string Describe() =>
        $"DynamoDB tables {Names.Environments}, {Names.DialedNumbers}, {Names.Prompts} at {Where}" +
        (Stack is null ? "" : $" (from the outputs of CloudFormation stack {Stack})");
}
