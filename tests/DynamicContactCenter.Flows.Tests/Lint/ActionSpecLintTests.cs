using System.Text;
using DynamicContactCenter.Flows.Execution.Actions;
using DynamicContactCenter.Flows.Graph;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Flows.Parsing;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Lint;

/// <summary>Pins what the per-type lint rules (DCC5008, 5010, 5011, 5013, 5014) and the graph say about every registered action type, for a bare
/// action, a wrong condition, each flow type and the parameter shapes and ranges each type documents. The approved file is the
/// behaviour of the rules before the per-type tables moved into the executors' specs; it changes only with a behaviour change.</summary>
public sealed class ActionSpecLintTests
{
    private static readonly string[] Types = [.. ActionExecutors.All.Select(e => e.Spec.Type)];

    private static readonly string[] FlowTypes = ["CONTACT_FLOW", "AGENT_TRANSFER", "CUSTOMER_QUEUE", "CUSTOMER_HOLD", "AGENT_WHISPER", "OUTBOUND_WHISPER"];

    /// <summary>(label, type, parameters, conditions, errors): the parameter and condition cases each type's rules distinguish.</summary>
    private static readonly (string Label, string Type, string Parameters, string[] Conditions, string[] Errors)[] Specimens =
    [
        ("two prompt sources", "MessageParticipant", """{"Text":"a","SSML":"<speak/>"}""", [], []),
        ("media not an object", "MessageParticipant", """{"Media":"x"}""", [], []),
        ("lambda attributes not strings", "InvokeLambdaFunction", """{"LambdaFunctionARN":"${F}","LambdaInvocationAttributes":{"a":1},"InvocationType":"LATER","ResponseValidation":{"ResponseType":"XML"}}""", [], []),
        ("lambda attributes not an object", "InvokeLambdaFunction", """{"LambdaFunctionARN":"${F}","LambdaInvocationAttributes":"a","InvocationTimeLimitSeconds":"0"}""", [], []),
        ("lambda ok, time limit 8.5", "InvokeLambdaFunction", """{"LambdaFunctionARN":"${F}","InvocationType":"ASYNCHRONOUS","ResponseValidation":{"ResponseType":"JSON"},"InvocationTimeLimitSeconds":"8.5"}""", [], []),
        ("lambda dynamic time limit", "InvokeLambdaFunction", """{"LambdaFunctionARN":"${F}","InvocationTimeLimitSeconds":"$.External.t"}""", [], []),
        ("attributes empty", "UpdateContactAttributes", """{"Attributes":{}}""", [], []),
        ("compare two paths", "Compare", """{"ComparisonValue":"$.Attributes.a $.Attributes.b"}""", [Cond("Equals", "x", "Hang up")], []),
        ("compare two operands", "Compare", """{"ComparisonValue":"$.Attributes.a"}""", ["""{"NextAction":"Hang up","Condition":{"Operator":"Equals","Operands":["x","y"]}}"""], []),
        ("agent instead of queue", "UpdateContactTargetQueue", """{"AgentId":"$.Agent.UserName"}""", [], []),
        ("metric unknown", "CheckMetricData", """{"MetricType":"Nope"}""", [Cond("NumberGreaterThan", "0", "Hang up")], []),
        ("staffing compared with 1", "CheckMetricData", """{"MetricType":"NumberOfAgentsStaffed"}""", [Cond("NumberGreaterThan", "1", "Hang up")], []),
        ("queue size equals", "CheckMetricData", """{"MetricType":"NumberOfContactsInQueue"}""", [Cond("Equals", "3", "Hang up"), Cond("TextContains", "3", "Hang up")], []),
        ("static known voice", "UpdateContactTextToSpeechVoice", """{"TextToSpeechVoice":"Joanna"}""", [], []),
        ("dynamic voice", "UpdateContactTextToSpeechVoice", """{"TextToSpeechVoice":"$.External.Voice"}""", [], []),
        ("unknown voice", "UpdateContactTextToSpeechVoice", """{"TextToSpeechVoice":"Robot"}""", [], []),
        ("logging maybe", "UpdateFlowLoggingBehavior", """{"FlowLoggingBehavior":"Maybe"}""", [], []),
        ("loop 101", "Loop", """{"LoopCount":"101"}""", [Cond("Equals", "ContinueLooping", "Hang up"), Cond("Equals", "DoneLooping", "Hang up")], []),
        ("loop half covered", "Loop", """{"LoopCount":"3"}""", [Cond("Equals", "ContinueLooping", "Hang up"), Cond("Equals", "Done", "Hang up")], []),
        ("callback static", "UpdateContactCallbackNumber", """{"CallbackNumber":"+15555550100"}""", [], []),
        ("store without validation", "GetParticipantInput", """{"Text":"x","StoreInput":"True","InputTimeLimitSeconds":"181"}""", [Cond("Equals", "1", "Hang up")], []),
        ("menu keys", "GetParticipantInput", """{"Text":"x","InputTimeLimitSeconds":"5"}""", [Cond("Equals", "1", "Hang up"), Cond("Equals", "12", "Hang up"), Cond("Equals", "#", "Hang up")],
            [Err("NoMatchingError", "Hang up")]),
        ("hours covered", "CheckHoursOfOperation", "{}", [Cond("Equals", "True", "Hang up"), Cond("Equals", "False", "Hang up")], [Err("NoMatchingError", "Hang up")]),
        ("percentages", "DistributeByPercentage", "{}", [Cond("NumberLessThan", "21", "Hang up"), Cond("NumberLessThan", "102", "Hang up"), Cond("Equals", "5", "Hang up")], []),
        ("wait", "Wait", """{"TimeLimitSeconds":"0","TimeoutSeconds":"604801","Events":["CustomerReturned"]}""", [Cond("Equals", "WaitCompleted", "Hang up"), Cond("NumberLessThan", "3", "Hang up")], []),
        ("iterative interrupted", "MessageParticipantIteratively", """{"Messages":[{"Text":"x"}]}""", [Cond("Equals", "MessagesInterrupted", "Hang up")], []),
        ("third party 601", "TransferParticipantToThirdParty", """{"ThirdPartyPhoneNumber":"+15555550100","ThirdPartyConnectionTimeLimitSeconds":"601"}""", [], []),
        ("priority 0", "UpdateContactRoutingBehavior", """{"QueuePriority":"0"}""", [], []),
        ("attempts 11", "CreateCallbackContact", """{"MaximumConnectionAttempts":"11"}""", [], []),
        ("callback wired", "UpdateContactCallbackNumber", """{"CallbackNumber":"$.StoredCustomerInput"}""", [], [Err("InvalidCallbackNumber", "Hang up")]),
    ];

    [Fact]
    public async Task LintAndGraph_EveryActionType_MatchApproved()
    {
        // Arrange
        var cases = new List<(string Label, string FlowType, string Action)>();
        foreach (var type in Types)
        {
            cases.Add(($"{type} bare", "CONTACT_FLOW", Act("A", type, "{}", "Hang up")));
            cases.Add(($"{type} with a condition", "CONTACT_FLOW", Act("A", type, "{}", "Hang up", conditions: [Cond("Equals", "Yes", "Hang up")])));
            foreach (var flowType in FlowTypes.Skip(1)) cases.Add(($"{type} in {flowType}", flowType, Act("A", type, "{}", "Hang up")));
        }

        cases.AddRange(Specimens.Select(s => ($"{s.Type}: {s.Label}", "CONTACT_FLOW", Act("A", s.Type, s.Parameters, "Hang up", s.Conditions, s.Errors))));
        var text = new StringBuilder();

        // Act
        foreach (var (label, flowType, action) in cases)
        {
            var flow = LintedFlow.FromText(Flow(action, Disconnect()), "F", flowType, "f.json");
            var report = await FlowLinter.LintAsync(new LintRequest([flow], InstanceModel.Empty), CancellationToken.None);
            var kind = FlowGraph.Build([FlowParser.Parse(Flow(action, Disconnect()), "f.json", "F").Value!]).Clusters[0].Nodes[1].Kind;
            text.Append(label).Append(" [").Append(kind).Append(']').Append('\n');
            foreach (var f in report.Findings.Where(f => f.Location.ActionId == "A" && f.Rule.Id is "DCC5008" or "DCC5010" or "DCC5011" or "DCC5013" or "DCC5014"))
            {
                text.Append("  ").Append(f.Rule.Id).Append(' ').Append(f.Severity).Append(' ').Append(f.Location.Field).Append(": ").Append(f.Message).Append('\n');
            }
        }

        // Assert
        text.ToString().ShouldMatchApproved(c => c.NoDiff());
    }

    [Fact]
    public async Task Lint_StoreInputWithConditions_ReportsTheConditionsButAsksForNoNoMatchingCondition()
    {
        // Arrange: store mode has no result, so its conditions are the finding; a NoMatchingCondition branch would be one more mistake.
        var flow = LintedFlow.FromText(Flow(Act("A", "GetParticipantInput", """{"Text":"x","StoreInput":"True","InputValidation":{"CustomValidation":{"MaximumLength":"4"}}}""",
            "Hang up", [Cond("Equals", "1", "Hang up")], [Err("NoMatchingError", "Hang up")]), Disconnect()), "F", "CONTACT_FLOW", "f.json");

        // Act
        var report = await FlowLinter.LintAsync(new LintRequest([flow], InstanceModel.Empty), CancellationToken.None);

        // Assert
        report.Findings.Select(f => $"{f.Rule.Id} {f.Location.Field}").ShouldBe(["DCC5013 Transitions.Conditions"]);
    }
}
