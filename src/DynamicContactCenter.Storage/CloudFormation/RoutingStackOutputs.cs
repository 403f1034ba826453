using DynamicContactCenter.Routing.Diagnostics;
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
    /// The table names the stack's outputs give, or an error naming the stack, the region and every
    /// missing output (a stack still being created, or one made from another template, has none or some).
    /// </summary>
    /// <param name="described">What DescribeStacks gave; its errors are passed on as they are.</param>
    /// <param name="stackName">The stack, for the error.</param>
    /// <param name="region">The stack's region, for the error.</param>
    public static Result<RoutingTableNames> ToTableNames(Result<StackOutputs> described, string stackName, string region)
    {
        ArgumentNullException.ThrowIfNull(described);
        if (described.Value is not { } stack)
        {
            return new(null, described.Diagnostics);
        }

        var missing = Keys.Where(key => !stack.Outputs.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value)).ToList();
        if (missing.Count > 0)
        {
            return new(null, [CloudFormationMessages.MissingOutputs.At(
                DiagnosticLocation.None,
                Severity.Error,
                stackName,
                region,
                stack.Status,
                string.Join(", ", missing),
                string.Join(", ", Keys),
                stack.Outputs.Count == 0 ? "no outputs" : string.Join(", ", stack.Outputs.Keys))]);
        }

        return new(new RoutingTableNames(stack.Outputs[EnvironmentsTable], stack.Outputs[DialedNumbersTable], stack.Outputs[PromptsTable]), []);
    }
}
