using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DynamicContactCenter.Cli.Packaging;
using DynamicContactCenter.Deploy.Tests.TestSupport;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Deploy.Tests.Packaging;

/// <summary>Any tenant, one template: the numbers, languages and queues of the packaged template are the routing file's, not the
/// sample's three (two numbers or fifty, any languages, accents in names).</summary>
public sealed partial class TenantTemplateTests
{
    [Fact]
    public void GeneratedRegions_SourceTemplate_AreWhatPackageWritesForTheShippedFiles()
    {
        // Arrange: the source template shows the sample tenant's rendering; it must not drift from what dcc package writes.
        var source = File.ReadAllText(CloudFormationTemplate.SourcePath).ReplaceLineEndings("\n");

        // Act
        var packaged = TemplatePackager.Package(CloudFormationTemplate.SourcePath, "x86_64").Value.ShouldNotBeNull().Text;

        // Assert
        var regions = Region().Matches(source).Select(m => m.Value).ToList();
        regions.Count.ShouldBe(7);
        regions.ShouldAllBe(region => packaged.Contains(region, StringComparison.Ordinal));
    }

    [Fact]
    public void Package_FiftyNumbersAndAnAccentedLanguage_GivesEachNumberAParameterAndARow()
    {
        // Arrange: a tenant with 50 numbers over English, Spanish and "Français" (the sample's French, renamed).
        var numbers = string.Join("", Enumerable.Range(0, 50).Select(i =>
            $"  \"+1444555{i:0000}\":\n    name: Ligne {i}\n    queue: arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-0000-0000-0000-00000000000{1 + (i % 3)}\n    language: {(i % 3) switch { 0 => "English", 1 => "Spanish", _ => "Français" }}\n"));
        var routing = File.ReadAllText(RepositoryPaths.RoutingYaml).ReplaceLineEndings("\n");
        var start = routing.IndexOf("dialedNumbers:\n", StringComparison.Ordinal) + "dialedNumbers:\n".Length;
        var end = routing.IndexOf("  default:\n", StringComparison.Ordinal);
        routing = (routing[..start] + numbers + routing[end..]).Replace("  French:\n    voice: Chantal", "  Français:\n    voice: Chantal", StringComparison.Ordinal);
        using var folder = new TenantFolder(routingYaml: routing);

        // Act
        var result = TemplatePackager.Package(folder.TemplatePath, "x86_64");

        // Assert
        var packaged = result.Value.ShouldNotBeNull(string.Join("\n", result.Errors));
        var sut = CloudFormationTemplate.Parse(packaged.Text);
        var phoneParameters = sut.Parameters.Select(p => p.Key).Where(p => p.Contains("PhoneNumber", StringComparison.Ordinal)).ToList();
        phoneParameters.Count.ShouldBe(50);
        phoneParameters.ShouldContain("FrancaisPhoneNumber");
        phoneParameters.ShouldContain("EnglishPhoneNumber17");
        var rows = sut.Properties("RoutingData")["DialedNumbers"]!.AsArray();
        rows.Count.ShouldBe(51, "a row per number and the default row");
        rows.Count(r => r!["Language"] is JsonValue language && language.GetValue<string>() == "Français").ShouldBe(16);
        sut.Parameters["DefaultLanguage"]!["AllowedValues"]!.AsArray().Select(v => (string)v!).ShouldBe(["English", "Spanish", "Français"]);
        sut.Root["Conditions"]!.AsObject().Select(c => c.Key).ShouldBe(["DefaultIsSpanish", "DefaultIsFrancais", "PointNumbers"]);
        sut.Properties("PhoneNumberFlows")["PhoneNumbers"]!.AsArray().Select(n => (string)n!["Ref"]!).ShouldBe(phoneParameters,
            "the stack points every number at the InitFlow: none is left to a console step");
        packaged.RequiredParameters.Count(p => p.Contains("PhoneNumber", StringComparison.Ordinal)).ShouldBe(50);
    }

    [GeneratedRegex(@"^[ \t]*# dcc-generated: (?<name>[a-z-]+).*?^[ \t]*# dcc-generated-end: \k<name>$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Region();
}
