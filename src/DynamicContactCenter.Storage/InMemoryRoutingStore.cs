using System.Collections.Frozen;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Routing.Validation;
using DynamicContactCenter.Storage.Yaml;

namespace DynamicContactCenter.Storage;

/// <summary>
/// An <see cref="IRoutingStore"/> over routing data held in memory: the YAML file store and the embedded default (built
/// with <see cref="Create"/> only from data that passed <see cref="RoutingValidator"/>), and the two sides of
/// <c>dcc config plan --preview</c> (<see cref="Unvalidated"/>).
/// </summary>
public sealed class InMemoryRoutingStore : IRoutingStore
{
    private static readonly Lazy<InMemoryRoutingStore> LazyDefault = new(() => Create(RoutingYamlLoader.LoadEmbedded()));

    private readonly FrozenDictionary<string, EnvironmentEntry> _environments;
    private readonly FrozenDictionary<string, DialedNumber> _numbers;
    private readonly FrozenDictionary<string, PromptSet> _languages;

    private InMemoryRoutingStore(RoutingData data)
    {
        Data = data;
        _environments = data.Environments.ToFrozenDictionary(e => e.Environment, StringComparer.Ordinal);
        _numbers = data.DialedNumbers.ToFrozenDictionary(n => n.Number, StringComparer.Ordinal);
        _languages = data.Languages.ToFrozenDictionary(l => l.Language, StringComparer.Ordinal);
    }

    /// <summary>The store over the embedded sample tenant (config/routing.yaml as built), created once.</summary>
    public static InMemoryRoutingStore Default => LazyDefault.Value;

    /// <summary>The data this store serves.</summary>
    public RoutingData Data { get; }

    /// <summary>A store over <paramref name="data"/>, which must be valid (e.g. <see cref="Yaml.RoutingYamlLoader"/>'s value).</summary>
    /// <exception cref="ArgumentException">The data has validation errors; the message lists them all.</exception>
    public static InMemoryRoutingStore Create(RoutingData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var errors = RoutingValidator.Validate(data).Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException(
                "Routing data with errors cannot become a store:" + Environment.NewLine + string.Join(Environment.NewLine, errors), nameof(data));
        }

        return new InMemoryRoutingStore(data);
    }

    /// <summary>A store over rows as they are, unvalidated: live rows broken by hand are served as DynamoDB would serve them, so
    /// <c>dcc config plan --preview</c> shows what callers hear today, errors included. Not for serving calls of a deployed tenant.</summary>
    public static InMemoryRoutingStore Unvalidated(RoutingData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new InMemoryRoutingStore(data);
    }

    /// <inheritdoc />
    public ValueTask<EnvironmentEntry?> GetEnvironmentAsync(string environment, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_environments.GetValueOrDefault(environment));

    /// <inheritdoc />
    public ValueTask<DialedNumber?> GetDialedNumberAsync(string number, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_numbers.GetValueOrDefault(number));

    /// <inheritdoc />
    public ValueTask<PromptSet?> GetPromptSetAsync(string language, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_languages.GetValueOrDefault(language));
}
