using System.Collections.Immutable;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Storage.CloudFormation;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Testing;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Storage.Tests.CloudFormation;

public sealed class RoutingStackOutputsTests
{
    [Fact]
    public void ToTableNames_AllThreeOutputs_GivesTheTableNames()
    {
        // Arrange
        var stack = Outputs(("EnvironmentsTableName", "e-1"), ("DialedNumbersTableName", "d-1"), ("PromptsTableName", "p-1"), ("InitFlowArn", "arn"));

        // Act
        var result = RoutingStackOutputs.ToTableNames(stack, "dcc-prod", "eu-west-1");

        // Assert
        result.Diagnostics.ShouldBeEmpty();
        result.Value.ShouldBe(new RoutingTableNames("e-1", "d-1", "p-1"));
    }

    public static TheoryData<(string, string)[], string> MissingCases => new()
    {
        { [("EnvironmentsTableName", "e-1"), ("PromptsTableName", "p-1")], "has no output DialedNumbersTableName (" },
        { [("EnvironmentsTableName", "e-1"), ("DialedNumbersTableName", " "), ("PromptsTableName", "p-1")], "has no output DialedNumbersTableName (" },
        { [], "has no output EnvironmentsTableName, DialedNumbersTableName, PromptsTableName (" },
        { [("InitFlowArn", "arn")], "the stack has: InitFlowArn)" },
    };

    [Theory]
    [MemberData(nameof(MissingCases))]
    public void ToTableNames_MissingOutputs_FailsNamingStackRegionStatusAndWhatIsMissing((string, string)[] outputs, string expectedText)
    {
        // Arrange
        var stack = Outputs(outputs);

        // Act
        var result = RoutingStackOutputs.ToTableNames(stack, "dcc-prod", "eu-west-1");

        // Assert
        result.Value.ShouldBeNull();
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(CloudFormationMessages.MissingOutputs.Code);
        error.Message.ShouldStartWith("CloudFormation stack \"dcc-prod\" in region eu-west-1 (status CREATE_COMPLETE)");
        error.Message.ShouldContain(expectedText);
    }

    [Fact]
    public void ToTableNames_FailedLookup_KeepsItsError()
    {
        // Arrange
        var gone = CloudFormationMessages.StackNotFound.At(DiagnosticLocation.None, Severity.Error, "dcc-prod", "eu-west-1", "https://cf", "gone");
        var stack = new Result<StackOutputs>(null, [gone]);

        // Act
        var result = RoutingStackOutputs.ToTableNames(stack, "dcc-prod", "eu-west-1");

        // Assert
        result.Value.ShouldBeNull();
        result.Diagnostics.ShouldBe([gone]);
    }

    [Fact]
    public void Keys_AreTheOutputsTheDeployTemplateDeclares()
    {
        // Arrange: deploy/template.yaml's Outputs, each a !Ref to its table.
        var yaml = new YamlStream();
        using (var reader = File.OpenText(RepositoryPaths.Combine("deploy", "template.yaml")))
        {
            yaml.Load(reader);
        }

        var outputs = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["Outputs"];

        // Act
        var refs = RoutingStackOutputs.Keys.ToDictionary(key => key, key => ((YamlScalarNode)((YamlMappingNode)outputs[key])["Value"]).Value);

        // Assert
        refs.ShouldBe(new Dictionary<string, string?>
        {
            [RoutingStackOutputs.EnvironmentsTable] = "EnvironmentsTable",
            [RoutingStackOutputs.DialedNumbersTable] = "DialedNumbersTable",
            [RoutingStackOutputs.PromptsTable] = "PromptsTable",
        });
    }

    private static Result<StackOutputs> Outputs(params (string Key, string Value)[] outputs) =>
        new(new StackOutputs("CREATE_COMPLETE", outputs.ToImmutableSortedDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal)), []);
}
