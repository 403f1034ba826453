using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Routing;

/// <summary>Reads routing rows by key. The seam between the functions and where the rows live (YAML file, DynamoDB).</summary>
/// <remarks>A missing row is <c>null</c>, never an exception: the caller decides what a missing row means.</remarks>
public interface IRoutingStore
{
    /// <summary>The Environments row for <paramref name="environment"/>, or null.</summary>
    /// <exception cref="RoutingStoreException">The store could not be read.</exception>
    ValueTask<EnvironmentEntry?> GetEnvironmentAsync(string environment, CancellationToken cancellationToken);

    /// <summary>The DialedNumbers row for <paramref name="number"/> (E.164 or <see cref="DialedNumber.DefaultKey"/>), or null.</summary>
    /// <exception cref="RoutingStoreException">The store could not be read.</exception>
    ValueTask<DialedNumber?> GetDialedNumberAsync(string number, CancellationToken cancellationToken);

    /// <summary>The Prompts row for <paramref name="language"/>, or null.</summary>
    /// <exception cref="RoutingStoreException">The store could not be read.</exception>
    ValueTask<PromptSet?> GetPromptSetAsync(string language, CancellationToken cancellationToken);
}
