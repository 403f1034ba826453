using System.Collections.Immutable;
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
        result.Error.ShouldBeNull();
        result.Names.ShouldBe(new RoutingTableNames("e-1", "d-1", "p-1"));
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
        result.Names.ShouldBeNull();
        result.Error.ShouldNotBeNull().ShouldStartWith(CloudFormationMessages.MissingOutputs.Code + ": CloudFormation stack \"dcc-prod\" in region eu-west-1 (status CREATE_COMPLETE)");
        result.Error.ShouldContain(expectedText);
    }

    [Fact]
    public void ToTableNames_FailedLookup_KeepsItsError()
    {
        // Arrange
        var stack = StackOutputsResult.Failure("DCC1501: gone");

        // Act
        var result = RoutingStackOutputs.ToTableNames(stack, "dcc-prod", "eu-west-1");

        // Assert
        result.Names.ShouldBeNull();
        result.Error.ShouldBe("DCC1501: gone");
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

    private static StackOutputsResult Outputs(params (string Key, string Value)[] outputs) =>
        StackOutputsResult.Success("CREATE_COMPLETE", outputs.ToImmutableSortedDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal));
}
