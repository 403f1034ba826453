using System.Reflection;
using System.Text.RegularExpressions;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Diagnostics;

/// <summary>
/// The catalogue convention (issue #11 item 4): every code is declared once, as a public catalogue entry
/// (<see cref="DiagnosticDescriptor"/>, or a <see cref="LintRule"/> for lint rules), is unique across every assembly of dcc, and
/// appears nowhere else in <c>src/</c> as a literal, so a code can be neither copied nor left only inside a message's text.
/// </summary>
/// <remarks>This project is the one that references every src assembly (Cli references all of them), so it owns the check.</remarks>
[Trait("Issue", "11")]
public sealed partial class DiagnosticCatalogueTests
{
    /// <summary>A line that declares a catalogue entry: the only place a code literal may stand.</summary>
    [GeneratedRegex("""^\s*public static (?:readonly DiagnosticDescriptor \w+ = new|LintRule \w+ \{ get; \} = new)\("DCC\d{4}"(?=,)""")]
    private static partial Regex CatalogueEntry();

    [GeneratedRegex(@"DCC\d{4}")]
    private static partial Regex CodeText();

    [GeneratedRegex(@"^DCC\d{4}$")]
    private static partial Regex WellFormedCode();

    [Fact]
    public void Catalogues_EveryCodeAcrossAssemblies_IsWellFormedAndUnique()
    {
        // Arrange
        var entries = CatalogueEntries();

        // Act
        var malformed = entries.Where(e => !WellFormedCode().IsMatch(e.Code)).ToList();
        var duplicates = entries.GroupBy(e => e.Code).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.Owner))}").ToList();

        // Assert
        entries.Count.ShouldBeGreaterThan(150, "the reflection should see every catalogue of every src assembly");
        malformed.ShouldBeEmpty();
        duplicates.ShouldBeEmpty("a code means one thing; give a new meaning a new code (never renumber an old one)");
    }

    [Fact]
    public void Sources_CodeLiteral_OnlyInCatalogueEntries()
    {
        // Arrange
        var src = RepositoryPaths.Combine("src");
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        // Act
        var declared = 0;
        var strays = new List<string>();
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (CatalogueEntry().IsMatch(line))
                {
                    declared++;
                    // The entry's own code is the first literal; a second code on the line would be one inside its message text.
                    line = line[(line.IndexOf("\"DCC", StringComparison.Ordinal) + 9)..];
                }

                // Comments may name codes and ranges; code and string literals may not.
                var comment = line.IndexOf("//", StringComparison.Ordinal);
                var code = comment < 0 ? line : line[..comment];
                if (CodeText().IsMatch(code))
                {
                    strays.Add($"{Path.GetRelativePath(src, file)}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        // Assert
        strays.ShouldBeEmpty("a code is written once, in its catalogue entry; elsewhere use the entry's Code");
        declared.ShouldBe(CatalogueEntries().Count, "every catalogue entry in src/ should be public, so tools and this test can see it");
    }

    private sealed record Entry(string Code, string Owner);

    /// <summary>Every public static <see cref="DiagnosticDescriptor"/> and <see cref="LintRule"/> of every dcc assembly.</summary>
    private static List<Entry> CatalogueEntries()
    {
        var entries = new List<Entry>();
        foreach (var assembly in DccAssemblies())
        {
            // An open generic type (e.g. Result<T>) has no values to read, and its statics are no catalogue.
            foreach (var type in assembly.GetTypes().Where(t => !t.ContainsGenericParameters))
            {
                const BindingFlags Flags = BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly;
                var values = type.GetFields(Flags).Select(f => (f.Name, Value: f.GetValue(null)))
                    .Concat(type.GetProperties(Flags).Where(p => p.GetIndexParameters().Length == 0).Select(p => (p.Name, Value: p.GetValue(null))));
                foreach (var (name, value) in values)
                {
                    var owner = $"{type.FullName}.{name}";
                    switch (value)
                    {
                        case DiagnosticDescriptor descriptor:
                            entries.Add(new(descriptor.Code, owner));
                            break;
                        case LintRule rule:
                            entries.Add(new(rule.Id, owner));
                            break;
                    }
                }
            }
        }

        return entries;
    }

    /// <summary>The Cli assembly and every assembly of this repository it references, directly or not (the Functions project's
    /// assembly is named <c>bootstrap</c>, after the file Lambda runs).</summary>
    private static List<Assembly> DccAssemblies()
    {
        var found = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([typeof(DccApp).Assembly]);
        while (pending.TryPop(out var assembly))
        {
            if (!found.TryAdd(assembly.GetName().Name!, assembly))
            {
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (reference.Name is { } name && (name.StartsWith("DynamicContactCenter.", StringComparison.Ordinal) || name == "bootstrap"))
                {
                    pending.Push(Assembly.Load(reference));
                }
            }
        }

        found.Keys.ShouldContain("bootstrap");
        return [.. found.Values];
    }
}
