using System.Text.Json.Nodes;
using DynamicContactCenter.Deploy.Tests.TestSupport;
using DynamicContactCenter.Functions;
using DynamicContactCenter.Functions.Configuration;

namespace DynamicContactCenter.Deploy.Tests.Template;

/// <summary>deploy/template.yaml's functions: what Lambda will run, with which settings, is what the bootstrap serves and reads.</summary>
public sealed class TemplateFunctionsTests
{
    private static readonly CloudFormationTemplate Sut = CloudFormationTemplate.Source;

    private static readonly string[] X64 = ["x86_64"];

    private static IEnumerable<string> Functions => Sut.ResourcesOfType("AWS::Lambda::Function");

    [Fact]
    public void Handlers_EveryFunction_NamesAHandlerTheBootstrapServesAndAllFourAreDeployed()
    {
        // Arrange
        var handlers = Functions.Select(f => (string)Sut.Properties(f)["Handler"]!).ToList();

        // Act
        var resolved = handlers.Select(h => FunctionNames.Resolve(h) ?? "(not served)").ToList();

        // Assert
        resolved.ShouldBe(handlers, "each Handler is a canonical name the bootstrap's _HANDLER dispatch accepts");
        handlers.ShouldBe(FunctionNames.All, ignoreOrder: true);
    }

    [Fact]
    public void Runtime_EveryFunction_IsTheAotBootstrapOnProvidedAl2023()
    {
        // Arrange / Act
        var settings = Functions.Select(f => Sut.Properties(f)).ToList();

        // Assert
        settings.ShouldAllBe(p => (string)p["Runtime"]! == "provided.al2023");
        settings.ShouldAllBe(p => (string)p["Code"]! == "bootstrap.zip");
        settings.ShouldAllBe(p => p["Architectures"]!.AsArray().Select(a => (string)a!).SequenceEqual(X64));
    }

    [Fact]
    public void Timeouts_ConnectFunctions_FitConnectsEightSecondsAndTheSeederOutlivesItsMargin()
    {
        // Arrange: Connect waits at most 8 s (InvocationTimeLimitSeconds); SeedTables stops 5 s before its deadline.
        var connectFunctions = new[] { FunctionNames.GetLambdas, FunctionNames.GetDynAttributes, FunctionNames.GetPrompts };

        // Act
        var timeouts = Functions.ToDictionary(f => f, f => int.Parse((string)Sut.Properties(f)["Timeout"]!, System.Globalization.CultureInfo.InvariantCulture));
        var memory = Functions.Select(f => int.Parse((string)Sut.Properties(f)["MemorySize"]!, System.Globalization.CultureInfo.InvariantCulture));

        // Assert
        connectFunctions.ShouldAllBe(f => timeouts[f] >= 3 && timeouts[f] <= 8);
        timeouts[FunctionNames.SeedTables].ShouldBeGreaterThan(30);
        var serviceTimeout = int.Parse((string)Sut.Properties("RoutingData")["ServiceTimeout"]!, System.Globalization.CultureInfo.InvariantCulture);
        serviceTimeout.ShouldBeGreaterThan(timeouts[FunctionNames.SeedTables], "CloudFormation must wait longer than the seeder can run");
        memory.ShouldAllBe(m => m >= 128 && m <= 1024);
    }

    [Fact]
    public void Logging_EveryFunction_LogsJsonToItsOwnLogGroupWithRetention()
    {
        // Arrange / Act
        var logGroups = Functions.Select(f => (Function: f, Config: Sut.Properties(f)["LoggingConfig"]!.AsObject())).ToList();

        // Assert
        logGroups.ShouldAllBe(l => (string)l.Config["LogFormat"]! == "JSON");
        var groups = logGroups.Select(l => (string)l.Config["LogGroup"]!["Ref"]!).ToList();
        groups.ShouldBeUnique();
        groups.ShouldAllBe(g => Sut.TypeOf(g) == "AWS::Logs::LogGroup" && Sut.Properties(g).ContainsKey("RetentionInDays"));
    }

    [Fact]
    public void EnvironmentVariables_EveryFunction_NameTablesOfTheTemplateAndReadAsValidSettings()
    {
        // AssociatePhoneNumbers reads no routing data (TemplatePhoneNumbersTests checks it has no table variables).
        foreach (var function in Functions.Where(f => f != FunctionNames.AssociatePhoneNumbers))
        {
            // Arrange
            var variables = Sut.Properties(function)["Environment"]!["Variables"]!.AsObject();
            var tableRefs = variables.Where(v => v.Key.EndsWith("_TABLE", StringComparison.Ordinal)).ToList();
            var evaluator = new TemplateEvaluator(Sut, StackParameters.Sample());
            var resolved = variables.ToDictionary(v => v.Key, v => (string)evaluator.Resolve(v.Value)!);

            // Act
            var (settings, errors) = FunctionSettings.Read(new MapEnvironment(resolved));

            // Assert
            tableRefs.ShouldAllBe(v => Sut.TypeOf((string)v.Value!["Ref"]!) == "AWS::DynamoDB::Table", $"{function}: every *_TABLE names a table of the template");
            errors.ShouldBeEmpty($"{function}: the settings the bootstrap reads at init");
            settings.Tables.ShouldNotBeNull($"{function}: DynamoDB is the store, not the embedded data");
            settings.Tables!.Environments.ShouldBe(evaluator.Ref("EnvironmentsTable"));
            settings.Tables.DialedNumbers.ShouldBe(evaluator.Ref("DialedNumbersTable"));
            settings.Tables.Prompts.ShouldBe(evaluator.Ref("PromptsTable"));
            settings.AllowLoopbackResponseUrl.ShouldBeFalse($"{function}: the loopback ResponseURL override is for tests only");
            variables.ContainsKey(SettingNames.AllowLoopbackResponseUrl).ShouldBeFalse();
        }
    }

    [Fact]
    public void DefaultLanguage_GetLambdas_ReadsTheStacksDefaultLanguage()
    {
        // Arrange
        var evaluator = new TemplateEvaluator(Sut, new Dictionary<string, string>(StackParameters.Sample()) { ["DefaultLanguage"] = "Spanish" });

        // Act
        var value = (string)evaluator.Resolve(Sut.Properties(FunctionNames.GetLambdas)["Environment"]!["Variables"]![SettingNames.DefaultLanguage])!;

        // Assert
        value.ShouldBe("Spanish");
    }

    private sealed class MapEnvironment(IReadOnlyDictionary<string, string> values) : IEnvironmentVariables
    {
        public string? Read(string name) => values.TryGetValue(name, out var value) ? value : null;
    }
}
