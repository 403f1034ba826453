using DynamicContactCenter.Flows.Scenarios;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Local.Scenarios;

/// <summary>A routing store with a scenario's store faults: whole tables that cannot be read (every read throws
/// <see cref="RoutingStoreException"/>, as the DynamoDB store does on a network or permission error) and language rows that are missing.</summary>
/// <remarks>The real handlers run over it, so a scenario sees exactly what they do with a broken store.</remarks>
public sealed class FaultyRoutingStore(IRoutingStore inner, IReadOnlyCollection<ScenarioFault> faults) : IRoutingStore
{
    /// <inheritdoc />
    public ValueTask<EnvironmentEntry?> GetEnvironmentAsync(string environment, CancellationToken cancellationToken)
    {
        ThrowIfUnavailable(RoutingTable.Environments, environment);
        return inner.GetEnvironmentAsync(environment, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<DialedNumber?> GetDialedNumberAsync(string number, CancellationToken cancellationToken)
    {
        ThrowIfUnavailable(RoutingTable.DialedNumbers, number);
        return inner.GetDialedNumberAsync(number, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<PromptSet?> GetPromptSetAsync(string language, CancellationToken cancellationToken)
    {
        ThrowIfUnavailable(RoutingTable.Prompts, language);
        return faults.Any(f => f.Kind == ScenarioFaultKind.LanguageMissing && f.Target == language)
            ? ValueTask.FromResult<PromptSet?>(null)
            : inner.GetPromptSetAsync(language, cancellationToken);
    }

    private void ThrowIfUnavailable(RoutingTable table, string key)
    {
        if (faults.Any(f => f.Kind == ScenarioFaultKind.StoreUnavailable && (f.Target == ScenarioFault.AllTables || f.Target == table.ToString())))
        {
            throw new RoutingStoreException(table, table.ToString(), key, $"injected fault: the {table} table is unavailable (reading key '{key}')", null);
        }
    }
}
