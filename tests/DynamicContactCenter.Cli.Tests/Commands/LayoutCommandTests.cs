namespace DynamicContactCenter.Cli.Tests.Commands;

public sealed class LayoutCommandTests
{
    [Fact]
    public async Task Layout_FlowWithoutPositions_WritesThemInPlaceAndSecondRunChangesNothing()
    {
        // Arrange
        var file = Path.Combine(Path.GetTempPath(), $"dcc-layout-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """
            {
              "Version": "2019-10-30",
              "StartAction": "Hello",
              "Metadata": { "name": "Tiny" },
              "Actions": [
                { "Identifier": "Hello", "Type": "MessageParticipant", "Parameters": { "Text": "Hello" }, "Transitions": { "NextAction": "Bye", "Conditions": [], "Errors": [] } },
                { "Identifier": "Bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {} }
              ]
            }

            """);
        try
        {
            // Act
            var first = await DccRun.RunAsync("layout", file);
            var afterFirst = await File.ReadAllTextAsync(file);
            var second = await DccRun.RunAsync("layout", file);

            // Assert
            first.ExitCode.ShouldBe(0, first.Error);
            first.Error.ShouldContain("laid out 2 action(s)");
            afterFirst.ShouldContain("\"entryPointPosition\": {");
            afterFirst.ShouldContain("\"Hello\": {\n        \"position\": {\n          \"x\": 320,\n          \"y\": 20");
            afterFirst.ShouldContain("{ \"Identifier\": \"Bye\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {} }");
            second.ExitCode.ShouldBe(0, second.Error);
            second.Error.ShouldContain("already laid out");
            (await File.ReadAllTextAsync(file)).ShouldBe(afterFirst);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Layout_NotAFile_ErrorNamesIt()
    {
        // Act
        var run = await DccRun.RunAsync("layout", "no-such-flow.json");

        // Assert
        run.ExitCode.ShouldNotBe(0);
        run.Error.ShouldContain("no-such-flow.json: no such flow file");
    }
}
