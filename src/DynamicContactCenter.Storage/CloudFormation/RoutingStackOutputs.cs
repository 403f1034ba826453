using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Storage.CloudFormation;

/// <summary>The outputs of the deploy stack (<c>deploy/template.yaml</c>) that name the three routing tables.</summary>
public static class RoutingStackOutputs
{
    /// <summary>The output holding the Environments table name.</summary>
    public const string EnvironmentsTable = "EnvironmentsTableName";

    /// <summary>The output holding the DialedNumbers table name.</summary>
    public const string DialedNumbersTable = "DialedNumbersTableName";

    /// <summary>The output holding the Prompts table name.</summary>
    public const string PromptsTable = "PromptsTableName";

    /// <summary>The three output keys, in table order.</summary>
    public static IReadOnlyList<string> Keys { get; } = [EnvironmentsTable, DialedNumbersTable, PromptsTable];

    /// <summary>
    /// The table names <paramref name="stack"/>'s outputs give, or an error naming the stack, the region and every
    /// missing output (a stack still being created, or one made from another template, has none or some).
    /// </summary>
    public static StackTableNamesResult ToTableNames(StackOutputsResult stack, string stackName, string region)
    {
        ArgumentNullException.ThrowIfNull(stack);
        if (stack.Error is { } error)
        {
            return new StackTableNamesResult(null, error);
        }

        var missing = Keys.Where(key => !stack.Outputs.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value)).ToList();
        if (missing.Count > 0)
        {
            return new StackTableNamesResult(null, CloudFormationMessages.MissingOutputs.CodedMessage(
                stackName,
                region,
                stack.Status,
                string.Join(", ", missing),
                string.Join(", ", Keys),
                stack.Outputs.Count == 0 ? "no outputs" : string.Join(", ", stack.Outputs.Keys)));
        }

        return new StackTableNamesResult(
            new RoutingTableNames(stack.Outputs[EnvironmentsTable], stack.Outputs[DialedNumbersTable], stack.Outputs[PromptsTable]),
            null);
    }
}
