using DynamicContactCenter.Deploy.Tests.TestSupport;
using DynamicContactCenter.Storage.CloudFormation;
using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Deploy.Tests.Template;

/// <summary>The three tables: the keys the store reads, on demand, recoverable, kept when the stack goes.</summary>
public sealed class TemplateTablesTests
{
    private static readonly CloudFormationTemplate Sut = CloudFormationTemplate.Source;

    public static TheoryData<string, string> Tables => new()
    {
        { "EnvironmentsTable", RoutingTableSchema.EnvironmentKey },
        { "DialedNumbersTable", RoutingTableSchema.DialedNumberKey },
        { "PromptsTable", RoutingTableSchema.LanguageKey },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Table_Definition_HasTheStoresStringKeyOnDemandWithPointInTimeRecovery(string table, string key)
    {
        // Arrange / Act
        var properties = Sut.Properties(table);

        // Assert
        properties["KeySchema"]!.AsArray().Select(k => ((string)k!["AttributeName"]!, (string)k["KeyType"]!)).ShouldBe([(key, "HASH")]);
        properties["AttributeDefinitions"]!.AsArray().Select(a => ((string)a!["AttributeName"]!, (string)a["AttributeType"]!)).ShouldBe([(key, "S")]);
        ((string)properties["BillingMode"]!).ShouldBe("PAY_PER_REQUEST");
        ((string)properties["PointInTimeRecoverySpecification"]!["PointInTimeRecoveryEnabled"]!).ShouldBe("true");
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Table_DeleteOrReplace_RetainsTheData(string table, string key)
    {
        // Arrange
        _ = key;

        // Act
        var resource = Sut.Resources[table]!;

        // Assert
        ((string)resource["DeletionPolicy"]!).ShouldBe("Retain");
        ((string)resource["UpdateReplacePolicy"]!).ShouldBe("Retain");
    }

    [Fact]
    public void Tables_Template_HasExactlyTheThreeRoutingTablesAndOutputsTheirNames()
    {
        // Arrange / Act
        var tables = Sut.ResourcesOfType("AWS::DynamoDB::Table").ToList();
        var outputs = Sut.Root["Outputs"]!.AsObject().Select(o => o.Value!["Value"]!["Ref"]).Where(r => r is not null).Select(r => (string)r!).ToList();

        // Assert
        tables.ShouldBe(["EnvironmentsTable", "DialedNumbersTable", "PromptsTable"], ignoreOrder: true);
        outputs.ShouldBe(tables, ignoreOrder: true);
    }

    [Theory]
    [InlineData(RoutingStackOutputs.EnvironmentsTable, "EnvironmentsTable")]
    [InlineData(RoutingStackOutputs.DialedNumbersTable, "DialedNumbersTable")]
    [InlineData(RoutingStackOutputs.PromptsTable, "PromptsTable")]
    public void Output_TableNameKeyDccReads_IsTheNameOfThatTable(string outputKey, string table)
    {
        // Arrange / Act: dcc reads the stack's table names by these keys (RoutingStackOutputs).
        var output = Sut.Root["Outputs"]![outputKey];

        // Assert
        output.ShouldNotBeNull($"the stack has no output {outputKey}");
        ((string)output["Value"]!["Ref"]!).ShouldBe(table);
    }
}
