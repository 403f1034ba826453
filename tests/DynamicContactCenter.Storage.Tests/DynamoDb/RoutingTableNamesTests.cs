using DynamicContactCenter.Storage.DynamoDb;

namespace DynamicContactCenter.Storage.Tests.DynamoDb;

/// <summary>The one rule for the three table variables, shared by the deployed functions and every <c>dcc</c> command.</summary>
[Trait("Issue", "11")]
public sealed class RoutingTableNamesTests
{
    [Fact]
    public void FromVariables_AllThreeSet_NamesTrimmed()
    {
        // Arrange
        var variables = new Dictionary<string, string>
        {
            ["ENVIRONMENTS_TABLE"] = " dcc-Environments ",
            ["DIALED_NUMBERS_TABLE"] = "dcc-DialedNumbers",
            ["PROMPTS_TABLE"] = "dcc-Prompts",
        };

        // Act
        var (names, partlySet) = RoutingTableNames.FromVariables(name => variables.GetValueOrDefault(name));

        // Assert
        names.ShouldBe(new RoutingTableNames("dcc-Environments", "dcc-DialedNumbers", "dcc-Prompts"));
        partlySet.ShouldBeEmpty();
    }

    [Fact]
    public void FromVariables_BlankValues_CountAsUnset()
    {
        // Arrange: blank values, as a template parameter left empty sets them.
        var variables = new Dictionary<string, string> { ["ENVIRONMENTS_TABLE"] = "", ["PROMPTS_TABLE"] = "  " };

        // Act
        var (names, partlySet) = RoutingTableNames.FromVariables(name => variables.GetValueOrDefault(name));

        // Assert
        names.ShouldBeNull();
        partlySet.ShouldBeEmpty();
    }

    [Fact]
    public void FromVariables_OnlySomeSet_NoNamesAndTheErrorNamesThem()
    {
        // Arrange
        var variables = new Dictionary<string, string> { ["ENVIRONMENTS_TABLE"] = "e", ["PROMPTS_TABLE"] = "p" };

        // Act
        var (names, partlySet) = RoutingTableNames.FromVariables(name => variables.GetValueOrDefault(name));

        // Assert
        names.ShouldBeNull();
        RoutingTableNames.PartlySetError(partlySet).ShouldBe(
            "DCC4021: Set all three table variables (ENVIRONMENTS_TABLE, DIALED_NUMBERS_TABLE, PROMPTS_TABLE) or none; only ENVIRONMENTS_TABLE, PROMPTS_TABLE set.");
    }
}
