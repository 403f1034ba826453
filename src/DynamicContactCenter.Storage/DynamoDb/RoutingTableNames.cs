using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Storage.DynamoDb;

/// <summary>The physical names of the three routing tables.</summary>
/// <param name="Environments">The Environments table (from <see cref="EnvironmentsVariable"/> in the functions).</param>
/// <param name="DialedNumbers">The DialedNumbers table (from <see cref="DialedNumbersVariable"/>).</param>
/// <param name="Prompts">The Prompts table (from <see cref="PromptsVariable"/>).</param>
/// <remarks>The functions' settings type and the CLI read the environment and options; <see cref="FromVariables"/> is the one rule both
/// apply to the three variables.</remarks>
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

    /// <summary>The three variables, in table order.</summary>
    public static IReadOnlyList<string> Variables { get; } = [EnvironmentsVariable, DialedNumbersVariable, PromptsVariable];

    /// <summary>The names the three variables give, by the one rule the deployed functions and every <c>dcc</c> command share: a
    /// variable counts when it is not blank (its value trimmed), and all three are set or none.</summary>
    /// <param name="read">Reads one variable (null when unset).</param>
    /// <returns>The names when all three are set, null when none is; <c>PartlySet</c> lists the variables that are set when only
    /// some are, which the caller reports as a setup error (a mix of given and default names would read the wrong tables).</returns>
    public static (RoutingTableNames? Names, IReadOnlyList<string> PartlySet) FromVariables(Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var values = Variables.Select(name => (Name: name, Value: read(name) is { } raw && raw.Trim() is { Length: > 0 } trimmed ? trimmed : null)).ToArray();
        var set = values.Where(v => v.Value is not null).Select(v => v.Name).ToArray();
        return set.Length switch
        {
            0 => (null, []),
            3 => (new RoutingTableNames(values[0].Value!, values[1].Value!, values[2].Value!), []),
            _ => (null, set),
        };
    }

    /// <summary>The error for <paramref name="partlySet"/> (from <see cref="FromVariables"/>): <c>DCC4021: Set all three ...</c>.</summary>
    public static string PartlySetError(IEnumerable<string> partlySet) =>
        StorageMessages.TablesPartlySet.CodedMessage(string.Join(", ", partlySet));

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
