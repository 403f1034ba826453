using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Storage.DynamoDb;

/// <summary>The physical names of the three routing tables.</summary>
/// <param name="Environments">The Environments table (from <see cref="EnvironmentsVariable"/> in the functions).</param>
/// <param name="DialedNumbers">The DialedNumbers table (from <see cref="DialedNumbersVariable"/>).</param>
/// <param name="Prompts">The Prompts table (from <see cref="PromptsVariable"/>).</param>
/// <remarks>This type only holds values: the functions' settings type and the CLI read the environment and options.</remarks>
public sealed record RoutingTableNames(string Environments, string DialedNumbers, string Prompts)
{
    /// <summary>The environment variable the deploy template sets to the Environments table name.</summary>
    public const string EnvironmentsVariable = "ENVIRONMENTS_TABLE";

    /// <summary>The environment variable the deploy template sets to the DialedNumbers table name.</summary>
    public const string DialedNumbersVariable = "DIALED_NUMBERS_TABLE";

    /// <summary>The environment variable the deploy template sets to the Prompts table name.</summary>
    public const string PromptsVariable = "PROMPTS_TABLE";

    /// <summary>The logical names (Environments, DialedNumbers, Prompts), used when no names are given, e.g. against a local server.</summary>
    public static RoutingTableNames Default { get; } = new("Environments", "DialedNumbers", "Prompts");

    /// <summary>The physical name of <paramref name="table"/>.</summary>
    public string NameOf(RoutingTable table) => table switch
    {
        RoutingTable.Environments => Environments,
        RoutingTable.DialedNumbers => DialedNumbers,
        RoutingTable.Prompts => Prompts,
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Not a routing table."),
    };

    /// <summary>The same tables with <paramref name="prefix"/> in front of each name (e.g. one set of tables per stack or test).</summary>
    public RoutingTableNames WithPrefix(string prefix) => new(prefix + Environments, prefix + DialedNumbers, prefix + Prompts);
}
