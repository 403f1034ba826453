using System.Text.Json;
using DynamicContactCenter.Local.NativeTests;

namespace DynamicContactCenter.Cli.Tests.NativeTests;

/// <summary>A structural validator for exported test cases, after connect-platform.md §4: what a live CreateTestCase with
/// Status PUBLISHED would reject, checked offline. Returns every problem, so one run shows them all.</summary>
internal static class NativeTestCaseShape
{
    // FlowActionStarted is accepted live for these four only (§4).
    private static readonly HashSet<string> FlowActions = ["InvokeLambdaFunction", "CheckHoursOfOperation", "TransferContactToQueue", "ConnectParticipantWithLexBot"];
    private static readonly HashSet<string> EventTypes = ["TestInitiated", "MessageReceived", "FlowActionStarted"];
    private static readonly HashSet<string> ActionTypes = ["SendInstruction", "Assert", "OverrideSystemBehavior", "TestControl"];
    private static readonly string[] PromptForms = ["Text", "SSML", "PromptId"];

    public static List<string> Problems(string contentJson)
    {
        var problems = new List<string>();
        if (contentJson.Length > NativeTestCaseBuilder.MaxContentLength) problems.Add($"Content is {contentJson.Length} characters");
        using var document = JsonDocument.Parse(contentJson);
        var root = document.RootElement;
        if (!root.TryGetProperty("Version", out var version) || version.GetString() != "2019-10-30") problems.Add("Version is not exactly 2019-10-30");
        if (!root.TryGetProperty("Metadata", out var metadata) || metadata.ValueKind != JsonValueKind.Object) problems.Add("Metadata is not an object");
        var observations = root.GetProperty("Observations").EnumerateArray().ToList();
        if (observations.Count == 0) return [.. problems, "no observations"];

        var ids = new List<string>();
        var next = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var observation in observations)
        {
            var id = observation.GetProperty("Identifier").GetString()!;
            ids.Add(id);
            if (observation.TryGetProperty("Usage", out _)) problems.Add($"{id}: has Usage (leave it out, §4)");
            var evt = observation.GetProperty("Event");
            ids.Add(evt.GetProperty("Identifier").GetString()!);
            var type = evt.GetProperty("Type").GetString()!;
            if (!EventTypes.Contains(type)) problems.Add($"{id}: event type {type}");
            var properties = evt.GetProperty("Properties");
            if (type == "FlowActionStarted" && !FlowActions.Contains(properties.GetProperty("ActionType").GetString()!)) problems.Add($"{id}: FlowActionStarted {properties.GetProperty("ActionType")}");
            if (type == "MessageReceived")
            {
                if (!properties.TryGetProperty("MatchingCriteria", out var criteria) || criteria.GetProperty("Type").GetString() is not ("Inclusion" or "Similarity"))
                {
                    problems.Add($"{id}: MessageReceived without MatchingCriteria inside Properties");
                }

                if (PromptForms.Count(p => properties.TryGetProperty(p, out _)) != 1) problems.Add($"{id}: not exactly one of Text/SSML/PromptId");
            }

            foreach (var action in observation.GetProperty("Actions").EnumerateArray())
            {
                ids.Add(action.GetProperty("Identifier").GetString()!);
                var actionType = action.GetProperty("Type").GetString()!;
                if (!ActionTypes.Contains(actionType)) problems.Add($"{id}: action type {actionType}");
                var parameters = action.GetProperty("Parameters");
                if (actionType == "Assert" && !parameters.TryGetProperty("Operand", out _)) problems.Add($"{id}: Assert without Operand");
                if (actionType != "Assert" && (!parameters.TryGetProperty("ActionType", out var repeated) || repeated.GetString() != actionType)) problems.Add($"{id}: {actionType} does not repeat its ActionType");
            }

            next[id] = [.. observation.GetProperty("Transitions").GetProperty("NextObservations").EnumerateArray().Select(n => n.GetString()!)];
        }

        problems.AddRange(ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => $"identifier {g.Key} is not unique"));
        if (observations[0].GetProperty("Event").GetProperty("Type").GetString() != "TestInitiated") problems.Add("the first observation is not TestInitiated");
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([observations[0].GetProperty("Identifier").GetString()!]);
        while (pending.TryPop(out var id))
        {
            if (!reached.Add(id)) continue;
            if (!next.TryGetValue(id, out var targets)) { problems.Add($"a transition leads to unknown observation {id}"); continue; }
            foreach (var target in targets) pending.Push(target);
        }

        problems.AddRange(next.Keys.Where(k => !reached.Contains(k)).Select(k => $"{k} is not reachable from the first observation"));
        return problems;
    }
}
