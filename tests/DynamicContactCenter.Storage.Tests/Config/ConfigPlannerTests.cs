using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Storage.Config;
using DynamicContactCenter.Storage.DynamoDb;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Storage.Tests.Config;

public sealed class ConfigPlannerTests
{
    private static RoutingRows Live(RoutingData data) => new(data.Environments, data.DialedNumbers, data.Languages);

    private static RoutingRows NoRows => new([], [], []);

    [Fact]
    public void Plan_SameData_HasNoChanges()
    {
        // Arrange
        var data = SampleRoutingData.Tenant();

        // Act
        var plan = ConfigPlanner.Plan(data, Live(data));

        // Assert
        plan.HasChanges.ShouldBeFalse();
        plan.ShouldBe(ConfigPlan.Empty);
    }

    [Fact]
    public void Plan_EmptyTables_AddsLanguagesBeforeNumbersAndEnvironmentsLast()
    {
        // Act
        var plan = ConfigPlanner.Plan(SampleRoutingData.Tenant(), NoRows);

        // Assert
        plan.Changes.Select(c => (c.Table, c.Key)).ShouldBe([
            (RoutingTable.Prompts, "English"), (RoutingTable.Prompts, "French"), (RoutingTable.Prompts, "Spanish"),
            (RoutingTable.DialedNumbers, "+14443330000"), (RoutingTable.DialedNumbers, "+14443331111"),
            (RoutingTable.DialedNumbers, "+14443332222"), (RoutingTable.DialedNumbers, "default"),
            (RoutingTable.Environments, "dev"), (RoutingTable.Environments, "prod"),
        ]);
        plan.Changes.ShouldAllBe(c => c.Kind == RowChangeKind.Add && c.Before == null);
        plan.Adds.ShouldBe(9);
    }

    [Fact]
    public void Plan_ChangeSet_OrdersWritesSoNoNumberLacksItsLanguage()
    {
        // Act
        var plan = ConfigPlanner.Plan(ConfigChangeSet.After, Live(ConfigChangeSet.Before));

        // Assert
        plan.Changes.Select(c => (c.Table, c.Key, c.Kind)).ShouldBe([
            (RoutingTable.Prompts, "English", RowChangeKind.Change),
            (RoutingTable.Prompts, "German", RowChangeKind.Add),
            (RoutingTable.DialedNumbers, "+14443331111", RowChangeKind.Change),
            (RoutingTable.DialedNumbers, ConfigChangeSet.GermanNumber, RowChangeKind.Add),
            (RoutingTable.DialedNumbers, "+14443332222", RowChangeKind.Remove),
            (RoutingTable.Prompts, "French", RowChangeKind.Remove),
            (RoutingTable.Environments, "test", RowChangeKind.Add),
            (RoutingTable.Environments, "dev", RowChangeKind.Remove),
        ]);
        (plan.Adds, plan.Updates, plan.Removes).ShouldBe((3, 2, 3));
    }

    [Fact]
    public void Plan_ChangedPrompt_DiffsOnlyThatAttribute()
    {
        // Act
        var plan = ConfigPlanner.Plan(ConfigChangeSet.After, Live(ConfigChangeSet.Before));

        // Assert
        var english = plan.Changes.Single(c => c.Key == "English");
        english.AttributeChanges.ShouldBe([new AttributeChange(PromptNames.Intro, "English introPrompt for Alpha to Zulu Corp.", ConfigChangeSet.NewIntro)]);
        var spanishNumber = plan.Changes.Single(c => c.Key == SampleRoutingData.SpanishNumber);
        spanishNumber.AttributeChanges.ShouldBe([new AttributeChange("queue", SampleRoutingData.QueueArn(2), SampleRoutingData.QueueArn(4))]);
    }

    [Fact]
    public void Plan_ChangeAndRemove_CarryTheLiveRowForTheWriteCondition()
    {
        // Act
        var plan = ConfigPlanner.Plan(ConfigChangeSet.After, Live(ConfigChangeSet.Before));

        // Assert
        var removed = plan.Changes.Single(c => c.Key == SampleRoutingData.FrenchNumber);
        removed.After.ShouldBeNull();
        removed.Before!["language"].ShouldBe("French");
        removed.AttributeChanges.ShouldContain(new AttributeChange("name", "French line", null));
    }

    [Fact]
    public void Plan_InvalidData_ThrowsNamingTheFinding()
    {
        // Arrange: a number on a language the data does not have.
        var data = SampleRoutingData.Tenant();
        data = data with { DialedNumbers = data.DialedNumbers.Add(new DialedNumber("+15550001111", "Dutch line", SampleRoutingData.QueueArn(4), "Dutch")) };

        // Act
        var error = Should.Throw<ArgumentException>(() => ConfigPlanner.Plan(data, NoRows));

        // Assert
        error.Message.ShouldStartWith("DCC1402:");
        error.Message.ShouldContain("Dutch");
    }
}
