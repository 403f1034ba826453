using System.Collections.Immutable;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Routing.SessionAttributes;

/// <summary>What <see cref="SessionAttributeFold.Fold"/> produced: the response body of a Connect function, or why there is none.</summary>
public sealed class SessionFoldResult
{
    private SessionFoldResult(ImmutableArray<KeyValuePair<string, string>> attributes, string? responseJson, int responseBytes, Diagnostic? error)
    {
        Attributes = attributes;
        ResponseJson = responseJson;
        ResponseBytes = responseBytes;
        Error = error;
    }

    /// <summary>True when <see cref="ResponseJson"/> holds a response Connect accepts.</summary>
    public bool Succeeded => Error is null;

    /// <summary>The folded attributes in first-seen key order, without the <c>sessionAttributes</c> key itself; empty on failure.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Attributes { get; }

    /// <summary>The response body: <see cref="Attributes"/> plus <c>sessionAttributes</c> (them as a JSON string); null on failure.</summary>
    public string? ResponseJson { get; }

    /// <summary>UTF-8 size of the response body (also set when it was too large); 0 when the fold failed before building it.</summary>
    public int ResponseBytes { get; }

    /// <summary>Why the fold failed (code, location, message naming the key or size); null on success.</summary>
    public Diagnostic? Error { get; }

    internal static SessionFoldResult Success(ImmutableArray<KeyValuePair<string, string>> attributes, string responseJson, int responseBytes) =>
        new(attributes, responseJson, responseBytes, null);

    internal static SessionFoldResult Failure(Diagnostic error, int responseBytes = 0) =>
        new([], null, responseBytes, error);
}
