namespace DynamicContactCenter.Cli.Tests.NativeTests;

/// <summary>The validator the export is checked with can fail: a check that cannot fail would prove nothing.</summary>
public sealed class NativeTestCaseShapeTests
{
    [Fact]
    public void Problems_BrokenDocument_ReportsVersionUnreachableDuplicateAndForbiddenTypes()
    {
        // Arrange: the 2025-06-21 Version one AWS page shows, a second observation nothing leads to, a repeated id, a CheckStaffing event.
        const string content = """
            {"Version":"2025-06-21","Metadata":{},"Observations":[
              {"Identifier":"o1","Event":{"Identifier":"e1","Type":"TestInitiated","Actor":"System","Properties":{}},"Actions":[],"Transitions":{"NextObservations":[]}},
              {"Identifier":"o2","Event":{"Identifier":"o1","Type":"FlowActionStarted","Actor":"System","Properties":{"ActionType":"CheckStaffing"}},"Actions":[{"Identifier":"a1","Type":"Wait","Parameters":{}}],"Transitions":{"NextObservations":[]}}]}
            """;

        // Act
        var problems = NativeTestCaseShape.Problems(content);

        // Assert
        problems.ShouldBe([
            "Version is not exactly 2019-10-30",
            "o2: FlowActionStarted CheckStaffing",
            "o2: action type Wait",
            "o2: Wait does not repeat its ActionType",
            "identifier o1 is not unique",
            "o2 is not reachable from the first observation",
        ], ignoreOrder: true);
    }
}
