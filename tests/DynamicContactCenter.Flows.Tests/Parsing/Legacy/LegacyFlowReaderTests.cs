using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Parsing;
using DynamicContactCenter.Flows.Parsing.Legacy;
using DynamicContactCenter.Flows.Tests.Instance;

namespace DynamicContactCenter.Flows.Tests.Parsing.Legacy;

/// <summary>The legacy (2018–2020 <c>modules</c>) format is read into the same model as flow language, from the original sample's exports.</summary>
public sealed class LegacyFlowReaderTests
{
    internal static string SampleFlow(string name) => Path.Combine(InstanceModelLoaderTests.RepositoryRoot(), "tests", "corpus",
        "amazon-connect-snippets", "projects", "DynamicContactCenter", "ContactFlows", name);

    [Fact]
    public void ParseFile_OriginalLanguageFlow_ReadsModulesAsActionsWithTheirIdsConditionsAndName()
    {
        // Act
        var result = FlowParser.ParseFile(SampleFlow("100_LangFlow"));

        // Assert
        result.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        var flow = result.Value.ShouldNotBeNull();
        flow.Name.ShouldBe("100_LangFlow");
        flow.StartAction.ShouldBe("c205dbba-86d8-4b86-8acf-feaa6fd18724");
        var check = flow.Actions.Single(a => a.Identifier == "c205dbba-86d8-4b86-8acf-feaa6fd18724");
        check.Type.ShouldBe(ActionTypes.Compare);
        check.Parameters.GetProperty("ComparisonValue").GetString().ShouldBe("$.External.language");
        check.Transitions.Conditions.Select(c => (c.Operator, c.Operands.Single(), c.NextAction)).ShouldBe(
        [
            (ConditionOperator.Equals, "English", "9f79fd13-d35f-4876-92e4-4b88ea0184aa"),
            (ConditionOperator.Equals, "Spanish", "2c1ea65d-d27f-4ac6-9479-474b4f9eab3c"),
            (ConditionOperator.Equals, "French", "d06ecd45-7e38-47ab-b734-f57d5672567d"),
        ]);
        check.Transitions.FindError("NoMatchingCondition").ShouldBe("9f79fd13-d35f-4876-92e4-4b88ea0184aa");
        var voice = flow.Actions.Single(a => a.Identifier == "2c1ea65d-d27f-4ac6-9479-474b4f9eab3c");
        voice.Type.ShouldBe(ActionTypes.UpdateContactTextToSpeechVoice);
        voice.Parameters.GetProperty("TextToSpeechVoice").GetString().ShouldBe("Lupe");
        var transfer = flow.Actions.Single(a => a.Identifier == "d10e63f7-2dbd-4cdf-ac81-eaaff043fbda");
        transfer.Type.ShouldBe(ActionTypes.TransferToFlow);
        transfer.Transitions.FindError("NoMatchingError").ShouldBe("0ada9849-cd1d-485b-bce4-6e620317c4b1");
    }

    [Fact]
    public void ParseFile_OriginalMainFlow_MapsStaffingHoursQueueAndSsmlPrompt()
    {
        // Act
        var flow = FlowParser.ParseFile(SampleFlow("100_MainFlow")).Value.ShouldNotBeNull();

        // Assert
        var queue = flow.Actions.Single(a => a.Identifier == "ec621aec-a5ed-4c7b-9d28-4e8128016433");
        queue.Type.ShouldBe(ActionTypes.UpdateContactTargetQueue);
        queue.Parameters.GetProperty("QueueId").GetString().ShouldBe("$.External.queue");
        var staffing = flow.Actions.Single(a => a.Identifier == "7484cc40-06cf-4e7f-82b2-9202337e28a4");
        staffing.Type.ShouldBe(ActionTypes.CheckMetricData);
        staffing.Parameters.GetProperty("MetricType").GetString().ShouldBe("NumberOfAgentsStaffed");
        staffing.Transitions.Conditions.Single().Operator.ShouldBe(ConditionOperator.NumberGreaterThan);
        staffing.Transitions.FindError("NoMatchingCondition").ShouldBe("1f8a742b-0120-44a9-ba60-42c0a4fbae12");
        var hours = flow.Actions.Single(a => a.Type == ActionTypes.CheckHoursOfOperation);
        hours.Transitions.Conditions.Select(c => c.Operands.Single()).ShouldBe(["True", "False"]);
        var toQueue = flow.Actions.Single(a => a.Type == ActionTypes.TransferContactToQueue);
        toQueue.Transitions.FindError("QueueAtCapacity").ShouldBe("a5d78d41-bec8-44a5-aa7e-f41a43b43643");
        var wait = flow.Actions.Single(a => a.Identifier == "5af1e587-4875-4a28-b904-876d29ea5d56");
        wait.Parameters.GetProperty("SSML").GetString().ShouldStartWith("<speak><prosody rate=\"115%\">$.External.recordingPrompt");
    }

    [Fact]
    public void ParseFile_OriginalInitFlow_MapsLambdaParametersSystemAttributesRecordingAndLogging()
    {
        // Act
        var flow = FlowParser.ParseFile(SampleFlow("100_InitFlow")).Value.ShouldNotBeNull();

        // Assert
        var lambda = flow.Actions.Single(a => a.Identifier == "2e0b905a-c12b-4ebc-8e15-331b9bc0e0a9");
        lambda.Type.ShouldBe(ActionTypes.InvokeLambdaFunction);
        lambda.Parameters.GetProperty("InvocationTimeLimitSeconds").GetString().ShouldBe("3");
        lambda.Parameters.GetProperty("LambdaInvocationAttributes").GetProperty("environment").GetString().ShouldBe("prod");
        var attributes = flow.Actions.Single(a => a.Type == ActionTypes.UpdateContactAttributes).Parameters.GetProperty("Attributes");
        attributes.GetProperty("Dialed Number").GetString().ShouldBe("$.SystemEndpoint.Address");
        attributes.GetProperty("Language").GetString().ShouldBe("$.External.language");
        flow.Actions.Single(a => a.Type == ActionTypes.UpdateFlowLoggingBehavior).Parameters.GetProperty("FlowLoggingBehavior").GetString().ShouldBe("Enabled");
        flow.Actions.Single(a => a.Type == ActionTypes.UpdateContactRecordingBehavior).Parameters.GetProperty("RecordingBehavior")
            .GetProperty("RecordedParticipants").EnumerateArray().Select(p => p.GetString()).ShouldBe(["Agent", "Customer"]);
    }

    [Fact]
    public void Convert_OriginalFlow_KeepsEveryModuleIdAndDesignerPosition()
    {
        // Arrange
        var path = SampleFlow("100_MainFlow");
        using var legacy = JsonDocument.Parse(File.ReadAllText(path));

        // Act
        var conversion = LegacyFlowConverter.Convert(File.ReadAllText(path), path);

        // Assert
        var flow = conversion.Flow.ShouldNotBeNull();
        flow["Version"]!.GetValue<string>().ShouldBe("2019-10-30");
        var positions = flow["Metadata"]!["ActionMetadata"]!;
        foreach (var module in legacy.RootElement.GetProperty("modules").EnumerateArray())
        {
            var id = module.GetProperty("id").GetString()!;
            var position = module.GetProperty("metadata").GetProperty("position");
            positions[id]!["position"]!["x"]!.GetValue<decimal>().ShouldBe(position.GetProperty("x").GetDecimal());
            positions[id]!["position"]!["y"]!.GetValue<decimal>().ShouldBe(position.GetProperty("y").GetDecimal());
        }

        flow["Metadata"]!["entryPointPosition"]!["x"]!.GetValue<decimal>().ShouldBe(18.5m);
    }

    [Fact]
    public void ParseFile_EmailChannelInbound_MapsContactReferencesEventHooksAgentQueueAndScrubbedQueueName()
    {
        // Arrange
        var path = Path.Combine(InstanceModelLoaderTests.RepositoryRoot(), "tests", "corpus", "amazon-connect-snippets", "projects",
            "amazon-connect-email-channel", "contact-flows", "email-Inbound.json");

        // Act
        var flow = FlowParser.ParseFile(path).Value.ShouldNotBeNull();

        // Assert
        var references = flow.Actions.Single(a => a.Identifier == "bd9f6248-236b-4eb8-8701-eed0ebd3bfe8");
        references.Type.ShouldBe(ActionTypes.UpdateContactData);
        var email = references.Parameters.GetProperty("References").GetProperty("View Original Email");
        email.GetProperty("Value").GetString().ShouldBe("$.External.get_raw_email_url");
        email.GetProperty("Type").GetString().ShouldBe("URL");
        flow.Actions.Single(a => a.Identifier == "ca894e16-8f34-4145-a86a-d39bb92969b9").Parameters.GetProperty("EventHooks")
            .GetProperty("CustomerQueue").GetString().ShouldBe("Task-QueueFlow");
        flow.Actions.Single(a => a.Identifier == "00edce6c-5589-4a05-b2a9-857563421b6a").Parameters.GetProperty("AgentId").GetString()
            .ShouldBe("$.Attributes.target_destination");
        flow.Actions.Single(a => a.Identifier == "a9b5ce7e-8858-426c-b74d-4dda5a69089b").Parameters.GetProperty("QueueId").GetString().ShouldBe("BasicQueue");
    }

    public static TheoryData<string, string, string?, string> Malformed => new()
    {
        // json, expected code, expected action (module id), expected field
        { Legacy("""{"id":"m1","branches":[],"parameters":[]}"""), FlowMessages.MissingField.Code, "m1", "modules[0].type" },
        { Legacy("""{"type":"Disconnect"}"""), FlowMessages.MissingField.Code, null, "modules[0].id" },
        { Legacy("""{"id":"m1","type":"Disconnect","parameters":{"name":"x"}}"""), FlowMessages.WrongFieldType.Code, "m1", "modules[0].parameters" },
        { Legacy("""{"id":"m1","type":"PlayPrompt","branches":[{"condition":"Success"}],"parameters":[]}"""), FlowMessages.MissingField.Code, "m1", "modules[0].branches[0].transition" },
        { Legacy("""{"id":"m1","type":"SetVoice","branches":[],"parameters":[]}"""), FlowMessages.MissingField.Code, "m1", "modules[0].parameters[name=GlobalVoice]" },
        { Legacy("""{"id":"m1","type":"TeleportCaller","branches":[],"parameters":[]}"""), LegacyMessages.UnknownModuleType.Code, "m1", "modules[0].type" },
        { Legacy("""{"id":"m1","type":"Transfer","target":"Moon","branches":[],"parameters":[]}"""), LegacyMessages.UnknownModuleType.Code, "m1", "modules[0].type" },
        { Legacy("""{"id":"m1","type":"Disconnect","branches":[{"condition":"Timeout","transition":"m1"}],"parameters":[]}"""), LegacyMessages.UnknownBranchCondition.Code, "m1", "modules[0].branches[0].condition" },
        { Legacy("""{"id":"m1","type":"SetAttributes","branches":[],"parameters":[{"name":"Attribute","key":"k","value":"Shoe size","namespace":"System"}]}"""), LegacyMessages.UnknownSystemAttribute.Code, "m1", "modules[0].parameters[0].namespace" },
        { Legacy("""{"id":"m1","type":"CheckAttribute","branches":[{"condition":"Evaluate","conditionType":"Resembles","conditionValue":"x","transition":"m1"}],"parameters":[{"name":"Attribute","value":"a"},{"name":"Namespace","value":"External"}]}"""), LegacyMessages.UnknownConditionType.Code, "m1", "modules[0].branches[0].conditionType" },
        { """{"modules":[],"start":"m1","version":"1"}""", FlowMessages.WrongFieldType.Code, null, "modules" },
        { """{"modules":[{"id":"m1","type":"Disconnect"}],"version":"1"}""", FlowMessages.MissingField.Code, null, "start" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Parse_MalformedLegacyFile_ReportsErrorNamingFileModuleAndField(string json, string code, string? module, string field)
    {
        // Act
        var result = FlowParser.Parse(json, "flows/Old.json");

        // Assert
        result.Succeeded.ShouldBeFalse();
        var error = result.Diagnostics.First(d => d.IsError);
        error.Code.ShouldBe(code, error.ToString());
        error.File.ShouldBe("flows/Old.json");
        error.Location.ActionId.ShouldBe(module);
        error.Location.Field.ShouldBe(field);
    }

    [Fact]
    public void Parse_UnknownModuleType_MessageNamesTheTypeAndPointsToTheMappingTable()
    {
        // Act
        var result = FlowParser.Parse(Legacy("""{"id":"m1","type":"TeleportCaller","target":"Moon","branches":[],"parameters":[]}"""), "Old.json");

        // Assert
        result.Diagnostics.Single().ToString().ShouldContain("module type 'TeleportCaller (target Moon)' is not a legacy module type dcc can translate");
        result.Diagnostics.Single().Message.ShouldContain("docs/legacy-format.md");
    }

    [Fact]
    public void Parse_PercentileBranching_WritesRunningUpperBoundsAsFlowLanguageDoes()
    {
        // Arrange: AWS's A/B sample gives each branch its share; flow language compares a 1–100 draw with 1 + the running sum.
        var json = Legacy("""{"id":"m1","type":"PercentileBranching","branches":[{"condition":"Evaluate","conditionType":"Equals","conditionValue":"30","transition":"m2"},{"condition":"Evaluate","conditionType":"Equals","conditionValue":"20","transition":"m2"},{"condition":"NoMatch","transition":"m2"}],"parameters":[]}""",
            """{"id":"m2","type":"Disconnect","branches":[],"parameters":[]}""");

        // Act
        var flow = FlowParser.Parse(json).Value.ShouldNotBeNull();

        // Assert
        var split = flow.Actions[0];
        split.Type.ShouldBe(ActionTypes.DistributeByPercentage);
        split.Transitions.Conditions.Select(c => (c.Operator, c.Operands.Single())).ShouldBe(
            [(ConditionOperator.NumberLessThan, "31"), (ConditionOperator.NumberLessThan, "51")]);
    }

    private static string Legacy(params string[] modules) =>
        "{\"modules\":[" + string.Join(",", modules) + """],"version":"1","type":"contactFlow","start":"m1","metadata":{"name":"Old"}}""";
}
