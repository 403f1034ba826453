using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Storage.Yaml;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Calls;

/// <summary>A tenant whose only languages are Spanish and French (defaultLanguage Spanish, no English row): every command that plays a
/// call must run the functions with that default language, as <c>dcc call</c> and the deployed stack (DEFAULT_LANGUAGE) do.</summary>
[Collection(Dynalite.CollectionName)]
[Trait("Category", "Integration")]
[Trait("Issue", "11")]
public sealed class SpanishFrenchTenantTests(DynaliteFixture dynalite) : IDisposable
{
    // A Tuesday at 10:00 New York time, inside the sample's hours, with its agents available.
    private const string Open = "2026-11-24T10:00:00-05:00";

    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-es-fr-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Call_SpanishFrenchTenant_QueuesInSpanish()
    {
        // Act
        var run = await DccRun.RunAsync("call", SampleRoutingData.SpanishNumber, "--at", Open, "--routing", WriteTenant(), "--json");

        // Assert
        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("\"outcome\": \"queued\"");
        run.Output.ShouldContain("Gracias por llamar a Alpha to Zulu Corp");
    }

    [Fact]
    public async Task Call_SpanishFrenchTenantWithFunctionProcesses_QueuesInSpanish()
    {
        // Act: each function as its own process (the bootstrap.dll shipped with dcc), which must get the tenant's DEFAULT_LANGUAGE.
        var run = await DccRun.RunAsync("call", SampleRoutingData.SpanishNumber, "--at", Open, "--routing", WriteTenant(), "--json", "--functions", "process");

        // Assert
        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("\"outcome\": \"queued\"");
        run.Output.ShouldContain("Gracias por llamar a Alpha to Zulu Corp");
    }

    [Fact]
    public async Task Lint_SpanishFrenchTenant_ExitsZeroWithNoFindings()
    {
        // Act
        var run = await DccRun.RunAsync("lint", "--routing", WriteTenant());

        // Assert
        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.Output.ShouldContain("No findings in 4 flow(s)");
    }

    [Fact]
    public async Task GraphCall_SpanishFrenchTenant_DrawsTheCallQueuedInSpanish()
    {
        // Act
        var run = await DccRun.RunAsync("graph", "--call", SampleRoutingData.SpanishNumber, "--at", Open, "--routing", WriteTenant());

        // Assert
        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldContain($"call to {SampleRoutingData.SpanishNumber}: queued in Spanish");
        run.Error.ShouldNotContain("error");
    }

    [Fact]
    public async Task ConfigPlanPreview_SpanishFrenchTenantOverEmptyTables_CallersAreQueuedInTheirLanguage()
    {
        // Arrange
        var tables = await dynalite.CreateTablesAsync();
        var prefix = tables.Environments[..^RoutingTableNames.Default.Environments.Length];

        // Act
        var run = await DccRun.RunAsync("config", "plan", WriteTenant(), "--preview", "--at", Open,
            "--endpoint-url", dynalite.ServiceUrl.ToString(), "--region", DynaliteFixture.Region, "--table-prefix", prefix);

        // Assert: today nothing is live (every call ends in error); after the apply each caller is queued in their language.
        run.ExitCode.ShouldBe(2, run.Error);
        run.Output.ShouldContain("+ [Lupe] Gracias por llamar a Alpha to Zulu Corp");
        run.Output.ShouldContain("+ ends queued in Spanish");
        run.Output.ShouldContain("+ [Chantal] Merci d'avoir appelé Alpha to Zulu Corp");
        run.Output.ShouldContain("+ ends queued in French");
        run.Output.ShouldNotContain("+ ends in error");
    }

    /// <summary>The sample tenant without English: the English number and the default row speak Spanish, and so do the error prompts.</summary>
    private string WriteTenant()
    {
        var sample = RoutingYamlLoader.LoadEmbedded();
        var tenant = sample with
        {
            DefaultLanguage = "Spanish",
            DialedNumbers = [.. sample.DialedNumbers.Select(n => n.Language == "English" ? n with { Language = "Spanish" } : n)],
            Languages = [.. sample.Languages.Where(l => l.Language != "English")],
        };
        var path = Path.Combine(_folder, "routing.yaml");
        File.WriteAllText(path, RoutingYamlWriter.Write(tenant));
        return path;
    }
}
