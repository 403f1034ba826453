using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Parsing;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Parsing;

public sealed class FlowParserTests
{
    private static readonly string Valid = Flow(Say("Hello there", "Hi", "Hang up"), Disconnect());

    public static TheoryData<string, string, string?, string?> BadInput => new()
    {
        // json, expected code, expected action, expected field
        { "{ not json", FlowMessages.InvalidJson.Code, null, null },
        { "[1,2]", FlowMessages.NotAFlow.Code, null, null },
        { """{"Version":"2019-10-30","StartAction":"Nope","Actions":[{"Identifier":"A","Type":"DisconnectParticipant","Transitions":{}}]}""", FlowMessages.UnknownStartAction.Code, null, "StartAction" },
        { """{"Version":"2019-10-30","Actions":[{"Identifier":"A","Type":"DisconnectParticipant","Transitions":{}}]}""", FlowMessages.MissingStartAction.Code, null, "StartAction" },
        { """{"Version":"2017-01-01","StartAction":"A","Actions":[{"Identifier":"A","Type":"DisconnectParticipant","Transitions":{}}]}""", FlowMessages.UnsupportedVersion.Code, null, "Version" },
        { Flow(Say("A", "x", "Missing")), FlowMessages.UnknownTransitionTarget.Code, "A", "Transitions.NextAction" },
        { Flow(Act("A", "Compare", """{"ComparisonValue":"$.Channel"}""", null, [Cond("Equals", "VOICE", "Ghost")])), FlowMessages.UnknownTransitionTarget.Code, "A", "Transitions.Conditions[0].NextAction" },
        { Flow(Act("A", "TransferContactToQueue", "{}", null, errors: [Err("QueueAtCapacity", "Ghost")])), FlowMessages.UnknownTransitionTarget.Code, "A", "Transitions.Errors[0].NextAction" },
        { Flow(Disconnect("A"), Disconnect("A")), FlowMessages.DuplicateIdentifier.Code, "A", "Identifier" },
        { Flow(Act("A", "Compare", "{}", null, [Cond("Matches", "x", "A")])), FlowMessages.UnknownOperator.Code, "A", "Transitions.Conditions[0].Condition.Operator" },
        { """{"Version":"2019-10-30","StartAction":"A","Actions":[{"Identifier":"A","Transitions":{}}]}""", FlowMessages.MissingField.Code, "A", "Type" },
        { """{"Version":"2019-10-30","StartAction":"A","Actions":[{"Type":"DisconnectParticipant"}]}""", FlowMessages.MissingField.Code, null, "Actions[0].Identifier" },
        { """{"Version":"2019-10-30","StartAction":"A","Actions":[{"Identifier":"A","Type":"MessageParticipant","Parameters":"Text"}]}""", FlowMessages.WrongFieldType.Code, "A", "Parameters" },
        { """{"Version":"2019-10-30","StartAction":"A","Actions":{}}""", FlowMessages.WrongFieldType.Code, null, "Actions" },
        { """{"Version":"2019-10-30","StartAction":"A","Actions":[{"Identifier":"A","Type":"Compare","Transitions":{"Conditions":[{"NextAction":"A","Condition":{"Operator":"Equals","Operands":[{"Operator":"Equals"}]}}]}}]}""", FlowMessages.NestedCondition.Code, "A", "Transitions.Conditions[0].Condition.Operands" },
        { """{"ContactFlow":{"Content":"{ broken"}}""", FlowMessages.InvalidJson.Code, null, "Content" },
        { """{"Type":"CONTACT_FLOW","Content":42}""", FlowMessages.NotAFlow.Code, null, "Content" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void Parse_BadInput_ReportsCodeNamingFileFlowActionAndField(string json, string code, string? action, string? field)
    {
        // Act
        var result = FlowParser.Parse(json, "flows/Broken.json");

        // Assert
        result.Succeeded.ShouldBeFalse();
        var diagnostic = result.Diagnostics.First(d => d.IsError);
        diagnostic.Code.ShouldBe(code);
        diagnostic.File.ShouldBe("flows/Broken.json");
        diagnostic.Location.Flow.ShouldBe("Broken");
        diagnostic.Location.ActionId.ShouldBe(action);
        diagnostic.Location.Field.ShouldBe(field);
        diagnostic.ToString().ShouldStartWith("flows/Broken.json: flow Broken");
        if (action is not null) diagnostic.ToString().ShouldContain($"action '{action}'");
        if (field is not null) diagnostic.ToString().ShouldContain($"field {field}");
    }

    [Fact]
    public void Parse_ValidFlow_BuildsModel()
    {
        // Act
        var result = FlowParser.Parse(Valid, "flows/Greeting.json");

        // Assert
        result.Diagnostics.ShouldBeEmpty();
        var flow = result.Value.ShouldNotBeNull();
        flow.Name.ShouldBe("Greeting");
        flow.StartAction.ShouldBe("Hello there");
        flow.Actions.Select(a => a.Type).ShouldBe(["MessageParticipant", "DisconnectParticipant"]);
        flow.FindAction("Hello there")!.Transitions.NextAction.ShouldBe("Hang up");
    }

    [Theory]
    [InlineData("contact-flow")]
    [InlineData("name-type-content")]
    [InlineData("content-object")]
    [InlineData("cloudformation")]
    public void Parse_Wrappers_UnwrapAndTakeTheirName(string wrapper)
    {
        // Arrange
        var escaped = System.Text.Json.JsonEncodedText.Encode(Valid).ToString();
        var json = wrapper switch
        {
            "contact-flow" => "{\"ContactFlow\":{\"Name\":\"Wrapped\",\"Type\":\"CONTACT_FLOW\",\"Content\":\"" + escaped + "\"}}",
            "name-type-content" => "{\"Name\":\"Wrapped\",\"Type\":\"CONTACT_FLOW\",\"Content\":\"" + escaped + "\"}",
            "content-object" => "{\"Name\":\"Wrapped\",\"Content\":" + Valid + "}",
            _ => "{\"Type\":\"AWS::Connect::ContactFlow\",\"Properties\":{\"Name\":\"Wrapped\",\"Content\":\"" + escaped + "\"}}",
        };

        // Act
        var result = FlowParser.Parse(json, "export.json");

        // Assert
        result.Value.ShouldNotBeNull().Name.ShouldBe("Wrapped");
        result.Value.Actions.Length.ShouldBe(2);
    }

    [Fact]
    public void Parse_RealExportQuirks_AreAccepted()
    {
        // Arrange: missing Parameters, empty Errors and Conditions, numbers as real JSON, friendly ids, Metadata with a name.
        const string json = """
            {"Version":"2019-10-30","StartAction":"Set the queue","Metadata":{"name":"Export","ActionMetadata":{"Set the queue":{"position":{"x":1,"y":2}}}},
             "Actions":[
               {"Identifier":"Set the queue","Type":"DistributeByPercentage","Transitions":{"NextAction":"Bye","Conditions":[{"NextAction":"Bye","Condition":{"Operator":"NumberLessThan","Operands":[51]}}],"Errors":[]}},
               {"Identifier":"Bye","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}]}
            """;

        // Act
        var result = FlowParser.Parse(json);

        // Assert
        result.Diagnostics.ShouldBeEmpty();
        result.Value!.Name.ShouldBe("Export");
        result.Value.FindAction("Set the queue")!.Transitions.Conditions.ShouldHaveSingleItem().Operands.ShouldBe(["51"]);
    }

    [Fact]
    public void Parse_UnknownActionType_KeptAsUnknownActionWithWarning()
    {
        // Arrange
        var json = Flow(Act("Bot", "FutureActionType", """{"FutureBot":{"AliasArn":"x"}}""", "Hang up"), Disconnect());

        // Act
        var result = FlowParser.Parse(json);

        // Assert
        var unknown = result.Value.ShouldNotBeNull().FindAction("Bot").ShouldBeOfType<UnknownAction>();
        unknown.Type.ShouldBe("FutureActionType");
        unknown.RawJson.ShouldContain("FutureBot");
        var warning = result.Diagnostics.ShouldHaveSingleItem();
        (warning.Code, warning.IsError).ShouldBe((FlowMessages.UnknownActionType.Code, false));
    }

    [Fact]
    public void ParseFile_MissingFile_ReportsUnreadableFile()
    {
        // Act
        var result = FlowParser.ParseFile("/nonexistent/flows/Gone.json");

        // Assert
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        (diagnostic.Code, diagnostic.Location.Flow).ShouldBe((FlowMessages.FileUnreadable.Code, "Gone"));
    }

    [Fact]
    public void Parse_TooManyActions_WarnsButParses()
    {
        // Arrange
        var actions = Enumerable.Range(0, 251).Select(i => Say($"A{i}", "x", i == 250 ? null : $"A{i + 1}")).ToArray();

        // Act
        var result = FlowParser.Parse(Flow(actions));

        // Assert
        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(FlowMessages.TooManyActions.Code);
    }
}
