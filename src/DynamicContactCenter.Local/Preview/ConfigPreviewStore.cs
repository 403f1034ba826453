using System.Collections.Frozen;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Local.Preview;

/// <summary>
/// The rows of one side of a plan (live or proposed) as a store, for <c>dcc config plan --preview</c>. Unlike
/// <c>InMemoryRoutingStore</c> it does not validate: live rows broken by hand are served as DynamoDB would serve them,
/// so the preview shows what callers hear today, errors included.
/// </summary>
public sealed class ConfigPreviewStore(IEnumerable<EnvironmentEntry> environments, IEnumerable<DialedNumber> numbers, IEnumerable<PromptSet> languages) : IRoutingStore
{
    private readonly FrozenDictionary<string, EnvironmentEntry> _environments = environments.ToFrozenDictionary(e => e.Environment, StringComparer.Ordinal);
    private readonly FrozenDictionary<string, DialedNumber> _numbers = numbers.ToFrozenDictionary(n => n.Number, StringComparer.Ordinal);
    private readonly FrozenDictionary<string, PromptSet> _languages = languages.ToFrozenDictionary(l => l.Language, StringComparer.Ordinal);

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
