using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Parsing;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Parsing;

/// <summary>Issue #10 item 13 (flow JSON): inputs that crashed graph and lint are parse errors naming the field.</summary>
public sealed class FlowParserHostileTests
{
    [Fact]
    public void Parse_EmptyActions_IsAnError()
    {
        // Act
        var result = FlowParser.Parse("""{"Version":"2019-10-30","StartAction":"A","Actions":[]}""", "flows/Empty.json");

        // Assert
        result.Value.ShouldBeNull();
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(FlowMessages.NoActions.Code);
        error.Location.Field.ShouldBe("Actions");
        error.File.ShouldBe("flows/Empty.json");
    }

    [Theory]
    [InlineData("""{"Version":"2019-10-30","Version":"2019-10-30","StartAction":"A","Actions":[{"Identifier":"A","Type":"DisconnectParticipant","Transitions":{}}]}""", "Version", "$.Version")]
    [InlineData("""{"Version":"2019-10-30","StartAction":"A","Actions":[{"Identifier":"A","Type":"MessageParticipant","Parameters":{"Text":"Hi","Text":"Bye"},"Transitions":{"NextAction":"A"}}]}""", "Text", "$.Actions[0].Parameters.Text")]
    [InlineData("""{"ContactFlow":{"Content":"{\"Version\":\"2019-10-30\",\"StartAction\":\"A\",\"StartAction\":\"B\",\"Actions\":[]}"}}""", "StartAction", "Content: $.StartAction")]
    public void Parse_DuplicateKey_IsAnErrorNamingKeyAndPath(string json, string key, string path)
    {
        // Act
        var result = FlowParser.Parse(json, "flows/Dup.json");

        // Assert: Connect's import would keep one of the two silently; we refuse
        result.Value.ShouldBeNull();
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(FlowMessages.DuplicateKey.Code);
        error.Location.Field.ShouldBe(path);
        error.Message.ShouldContain($"\"{key}\"");
    }

    [Theory]
    [InlineData("\\ud800", "$.Actions[0].Parameters.Text")]
    [InlineData("abc\\udfff", "$.Actions[0].Parameters.Text")]
    public void Parse_LoneSurrogateEscape_IsAnErrorNamingThePath(string escaped, string path)
    {
        // Arrange
        var json = Flow(Say("A", escaped, "B"), Disconnect("B"));

        // Act
        var result = FlowParser.Parse(json, "flows/Surrogate.json");

        // Assert
        result.Value.ShouldBeNull();
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(FlowMessages.InvalidText.Code);
        error.Location.Field.ShouldBe(path);
    }

    [Fact]
    public void Parse_LoneSurrogateInAKey_IsAnError()
    {
        // Act
        var result = FlowParser.Parse("""{"Version":"2019-10-30","StartAction":"A","\ud800":1,"Actions":[{"Identifier":"A","Type":"DisconnectParticipant","Transitions":{}}]}""", "f.json");

        // Assert
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(FlowMessages.InvalidText.Code);
    }

    [Fact]
    public void Parse_RawLoneSurrogateCharInTheText_IsAnErrorNotAnException()
    {
        // Act: found by the standing fuzz test (HostileInputProperties)
        var result = FlowParser.Parse(Flow(Say("A", "x\uD800", "B"), Disconnect("B")), "f.json");

        // Assert
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(FlowMessages.InvalidText.Code);
    }
}
