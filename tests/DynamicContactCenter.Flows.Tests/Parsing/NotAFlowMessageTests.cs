using DynamicContactCenter.Flows.Parsing;

namespace DynamicContactCenter.Flows.Tests.Parsing;

/// <summary>DCC3002 says what was found instead of a flow, in its one catalogue format (issue #11: the wrapper's Content no longer
/// travels as a second, bare format under the same code).</summary>
[Trait("Issue", "11")]
public sealed class NotAFlowMessageTests
{
    public static TheoryData<string, string> Documents => new()
    {
        { "[1,2]", "the document is not a flow (found an array); expected an object with Version, StartAction and Actions" },
        { """{"Name":"Main"}""", "the document is not a flow (found an object without Actions, ContactFlow, Properties or Content); expected" },
        // The {Name, Type, Content} shape of a flow as the Connect console's and CLI's exports wrap it, with a Content that is neither.
        { """{"Name":"Main","Type":"CONTACT_FLOW","Content":42}""", "the document is not a flow (its Content is a number, not the flow JSON as a string or an object); expected" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Parse_DocumentThatIsNoFlow_SaysWhatWasFoundUnderDcc3002(string json, string expected)
    {
        // Act
        var result = FlowParser.Parse(json, "flows/Broken.json");

        // Assert
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe("DCC3002");
        error.Message.ShouldStartWith(expected);
    }
}
