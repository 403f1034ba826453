using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace DynamicContactCenter.Routing.Diagnostics;

/// <summary>
/// A value or the diagnostics that kept it from being made (plus any warnings found on the way): the one shape of every
/// "load, parse or read, then report" answer. Success means no error-severity diagnostic; then <see cref="Value"/> is set.
/// </summary>
/// <remarks>Outcomes that are not "value or errors" (a call's result, a Lambda invocation) keep their own types.</remarks>
/// <typeparam name="T">What was loaded, parsed or read.</typeparam>
public sealed record Result<T>
    where T : class
{
    /// <summary>A result of <paramref name="value"/> and what was found making it. An error among
    /// <paramref name="diagnostics"/> drops the value, so a caller can never use a value that was reported unusable.</summary>
    /// <param name="value">The value, or null when it could not be made.</param>
    /// <param name="diagnostics">Every finding, errors and warnings, in the order found.</param>
    public Result(T? value, ImmutableArray<Diagnostic> diagnostics)
    {
        Diagnostics = diagnostics.IsDefault ? [] : diagnostics;
        Value = Diagnostics.Any(d => d.IsError) ? null : value;
    }

    /// <summary>The value; null exactly when <see cref="Succeeded"/> is false.</summary>
    public T? Value { get; }

    /// <summary>Every finding: the errors that stopped it, or the warnings that did not.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether there is a value: no error-severity diagnostic was found.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Value is not null;

    /// <summary>The error-severity diagnostics.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);
}
