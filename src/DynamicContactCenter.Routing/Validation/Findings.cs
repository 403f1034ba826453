using System.Collections.Immutable;
using System.Globalization;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Routing.Validation;

/// <summary>Collects the diagnostics of one validation run, all naming the same file.</summary>
internal sealed class Findings(string? file)
{
    private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

    public void Error(string code, string location, string format, params object[] args) =>
        Add(code, Severity.Error, location, format, args);

    public void Warning(string code, string location, string format, params object[] args) =>
        Add(code, Severity.Warning, location, format, args);

    /// <summary>Reports each key that appears more than once under <paramref name="section"/>, once.</summary>
    public void Duplicates(IEnumerable<string> keys, string section)
    {
        foreach (var key in keys.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            Error(RoutingMessages.DuplicateKey.Code, KeyPath.Entry(section, key), RoutingMessages.DuplicateKey.Format, key, section);
        }
    }

    public ImmutableArray<Diagnostic> ToImmutable() => _diagnostics.ToImmutable();

    // Values quoted in a message are escaped here, once for every rule, so no finding carries a raw control character.
    private void Add(string code, Severity severity, string location, string format, object[] args) =>
        _diagnostics.Add(new Diagnostic(code, severity, DiagnosticLocation.InFile(file, location),
            string.Format(CultureInfo.InvariantCulture, format, [.. args.Select(a => a is string text ? DisplayText.Escape(text) : a)])));
}
