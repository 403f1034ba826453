using System.Text.Json;
using System.Text.Json.Nodes;
using DynamicContactCenter.Cli.Packaging;
using DynamicContactCenter.Deploy.Tests.TestSupport;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Flows.Parsing;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Storage;
using DynamicContactCenter.Storage.Yaml;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Deploy.Tests.Packaging;

/// <summary>The packaged template: the flows of flows/*.json embedded verbatim as Fn::Sub, resolving to the stack's own resources.</summary>
public sealed class TemplatePackagerTests
{
    private static readonly Lazy<(PackagedTemplate Result, CloudFormationTemplate Template)> Packaged = new(() =>
    {
        var result = TemplatePackager.Package(CloudFormationTemplate.SourcePath, "x86_64");
        var packaged = result.Value ?? throw new InvalidOperationException(string.Join("\n", result.Errors));
        return (packaged, CloudFormationTemplate.Parse(packaged.Text));
    });

    private static readonly InstanceModel Instance = InstanceModelLoader.LoadFile(RepositoryPaths.Combine("config", "instance.yaml")).Value!;

    public static TheoryData<string, string> FlowFiles => new()
    {
        { "InitFlow", "InitFlow.json" },
        { "LanguageFlow", "LanguageFlow.json" },
        { "MainFlow", "MainFlow.json" },
        { "CustomerQueueFlow", "CustomerQueueFlow.json" },
    };

    [Theory]
    [MemberData(nameof(FlowFiles))]
    public void Content_SourceTemplate_IsTheFlowFileWithItsPlaceholdersSubstituted(string flow, string file)
    {
        // Arrange
        var (_, sut) = Packaged.Value;
        var evaluator = Evaluator(sut);
        var original = File.ReadAllText(Path.Combine(RepositoryPaths.Flows, file));
        // The instance model's convention, independent of the packager: ${XArn} is the ARN of function or flow X.
        var expected = FlowPlaceholders.Substitute(original, name => name.EndsWith("Arn", StringComparison.Ordinal)
            ? Instance.FindFunction(name[..^3])?.Arn ?? Instance.FindFlow(name[..^3])?.Arn
            : evaluator.Ref(name));

        // Act
        var content = (string)evaluator.Resolve(sut.Properties(flow)["Content"])!;

        // Assert
        content.TrimEnd().ShouldBe(expected.ReplaceLineEndings("\n").TrimEnd());
        content.ShouldNotContain("${");
    }

    [Theory]
    [MemberData(nameof(FlowFiles))]
    public void Type_SourceTemplate_IsTheFlowTypeOfTheInstanceModel(string flow, string file)
    {
        // Arrange: the type a call is simulated with (CustomerQueueFlow is CUSTOMER_QUEUE) is the type Connect is given.
        _ = file;
        var (_, sut) = Packaged.Value;

        // Act
        var deployed = (string)Evaluator(sut).Resolve(sut.Properties(flow)["Type"])!;

        // Assert
        deployed.ShouldBe(Instance.FindFlow(flow).ShouldNotBeNull().Type);
    }

    [Theory]
    [MemberData(nameof(FlowFiles))]
    public async Task Content_Substituted_ParsesAndPassesDccLint(string flow, string file)
    {
        // Arrange
        var (_, sut) = Packaged.Value;
        var content = (string)Evaluator(sut).Resolve(sut.Properties(flow)["Content"])!;
        var flows = FlowFiles.Select(row => (string)row[0]).Select(name =>
            LintedFlow.FromText((string)Evaluator(sut).Resolve(sut.Properties(name)["Content"])!, name, (string)Evaluator(sut).Resolve(sut.Properties(name)["Type"])!, $"{file} (packaged)")).ToArray();

        // Act
        var parsed = FlowParser.Parse(content, file, flow);
        var routing = RoutingYamlLoader.LoadFile(RepositoryPaths.RoutingYaml);
        var report = await FlowLinter.LintAsync(new LintRequest([.. flows], Instance)
        {
            // The flows × data walk, as dcc lint runs it: every number and language through the real handlers.
            Routing = routing.Value,
            RoutingFile = RepositoryPaths.RoutingYaml,
            RoutingDiagnostics = routing.Diagnostics,
            Functions = new HandlerInvoker(new FunctionHost(InMemoryRoutingStore.Create(routing.Value!))),
        }, CancellationToken.None);

        // Assert
        parsed.Succeeded.ShouldBeTrue(string.Join("\n", parsed.Diagnostics));
        report.CasesWalked.ShouldNotBeEmpty();
        report.Findings.Where(f => f.IsError).ShouldBeEmpty();
        // After substitution the ARNs are literal by design: that warning, and only that, is expected.
        report.Findings.Where(f => f.Rule != LintRules.LiteralArn).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(FlowFiles))]
    public void Content_References_OnlyFunctionsAndFlowsOfTheTemplate(string flow, string file)
    {
        // Arrange
        _ = file;
        var (_, sut) = Packaged.Value;
        var evaluator = Evaluator(sut);
        var functionArns = sut.ResourcesOfType("AWS::Lambda::Function").Select(f => evaluator.GetAtt(f, "Arn")).ToHashSet();
        var flowArns = sut.ResourcesOfType("AWS::Connect::ContactFlow").Select(f => evaluator.GetAtt(f, "ContactFlowArn")).ToHashSet();
        var associated = sut.ResourcesOfType("AWS::Connect::IntegrationAssociation").Select(a => (string)evaluator.Resolve(sut.Properties(a)["IntegrationArn"])!).ToHashSet();
        var model = FlowParser.Parse((string)evaluator.Resolve(sut.Properties(flow)["Content"])!, null, flow).Value!;

        // Act
        var lambdas = StaticValues(model, "InvokeLambdaFunction", "LambdaFunctionARN");
        var transfers = StaticValues(model, "TransferToFlow", "ContactFlowId");
        var hooks = model.Actions.Where(a => a.Type == "UpdateContactEventHooks").SelectMany(a => a.Parameters.GetProperty("EventHooks").EnumerateObject())
            .Select(h => h.Value.GetString()!).ToList();

        // Assert
        lambdas.ShouldAllBe(arn => functionArns.Contains(arn) && associated.Contains(arn));
        transfers.ShouldAllBe(arn => flowArns.Contains(arn));
        hooks.ShouldAllBe(arn => flowArns.Contains(arn));
    }

    [Fact]
    public void Flows_Packaged_AreCreatedQueueThenMainThenLanguageThenInit()
    {
        // Arrange
        var (result, _) = Packaged.Value;

        // Act: a flow waits for every flow its Sub variables name.
        var dependsOn = result.Flows.ToDictionary(f => f.LogicalId, f => f.Variables.Values
            .Where(v => v.EndsWith(".ContactFlowArn", StringComparison.Ordinal)).Select(v => v[..v.IndexOf('.', StringComparison.Ordinal)]).ToList());
        var order = new List<string>();
        while (order.Count < dependsOn.Count)
        {
            order.Add(dependsOn.Keys.Order(StringComparer.Ordinal).First(f => !order.Contains(f) && dependsOn[f].All(order.Contains)));
        }

        // Assert
        order.ShouldBe(["CustomerQueueFlow", "MainFlow", "LanguageFlow", "InitFlow"]);
        result.Flows.Single(f => f.LogicalId == "InitFlow").Variables.ShouldBe(new SortedDictionary<string, string>
        {
            ["Environment"] = "Environment",
            ["GetLambdasArn"] = "GetLambdas.Arn",
            ["LanguageFlowArn"] = "LanguageFlow.ContactFlowArn",
        });
    }

    [Fact]
    public void Package_Arm64_SetsEveryFunctionsArchitectureAndKeepsTheRest()
    {
        // Arrange
        var source = CloudFormationTemplate.Source;

        // Act
        var sut = CloudFormationTemplate.Parse(TemplatePackager.Package(CloudFormationTemplate.SourcePath, "arm64").Value!.Text);

        // Assert
        sut.ResourcesOfType("AWS::Lambda::Function").ShouldAllBe(f => (string)sut.Properties(f)["Architectures"]![0]! == "arm64");
        sut.Resources.Select(r => r.Key).ShouldBe(source.Resources.Select(r => r.Key));
        JsonNode.DeepEquals(sut.Properties("RoutingData"), source.Properties("RoutingData")).ShouldBeTrue();
        JsonNode.DeepEquals(sut.Parameters, source.Parameters).ShouldBeTrue();
    }

    private static TemplateEvaluator Evaluator(CloudFormationTemplate template) =>
        new(template, StackParameters.Sample(), arns: Instance.Functions.Where(f => f.Arn is not null).Select(f => KeyValuePair.Create(f.Name, f.Arn!))
            .Concat(Instance.Flows.Where(f => f.Arn is not null).Select(f => KeyValuePair.Create(f.Name, f.Arn!))).ToDictionary());

    private static List<string> StaticValues(Flows.Model.FlowModel model, string type, string parameter) =>
        [.. model.Actions.Where(a => a.Type == type && a.Parameters.ValueKind == JsonValueKind.Object && a.Parameters.TryGetProperty(parameter, out var v)
                && v.ValueKind == JsonValueKind.String && !v.GetString()!.StartsWith("$.", StringComparison.Ordinal))
            .Select(a => a.Parameters.GetProperty(parameter).GetString()!)];
}
