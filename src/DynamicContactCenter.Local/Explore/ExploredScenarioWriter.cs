using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Scenarios;

namespace DynamicContactCenter.Local.Explore;

/// <summary>Writes explored scenarios as a scenario file <c>dcc test</c> reads (docs/scenarios.md): every call key the explorer
/// chose, and as expectations the outcome, the queue and every prompt heard, exactly. Strings are written double-quoted with JSON
/// escapes, which YAML reads the same way, so no text a flow speaks can break the file.</summary>
public static class ExploredScenarioWriter
{
    /// <summary>The file's text.</summary>
    public static string Write(ExploredScenarios explored)
    {
        ArgumentNullException.ThrowIfNull(explored);
        var yaml = new StringBuilder();
        yaml.Append("# Written by `dcc explore` from ").Append(explored.Entry.Reference).Append(": each scenario reached an action or branch of the\n")
            .Append("# flows that no scenario before it did, and expects what the call did then (outcome, queue, every prompt heard).\n")
            .Append("# Run it with `dcc test`; after a change to the flows, explore again or edit the expectations.\n")
            .Append("scenarios:\n");
        foreach (var scenario in explored.Scenarios) Scenario(yaml, scenario);
        if (!explored.Unreachable.IsEmpty)
        {
            yaml.Append("# What no call can reach, for a reason in the flow itself; `dcc test --coverage` leaves it out of its figures\n")
                .Append("# (docs/explore.md, \"the branches our data can reach\").\n")
                .Append("unreachable:\n");
            foreach (var u in explored.Unreachable)
            {
                yaml.Append("  - { flow: ").Append(Quote(u.Flow)).Append(", action: ").Append(Quote(u.ActionId));
                if (u.Branch is { } branch) yaml.Append(", branch: ").Append(Quote(branch));
                yaml.Append(", reason: ").Append(Quote(u.Reason)).Append(" }\n");
            }
        }

        return yaml.ToString();
    }

    private static void Scenario(StringBuilder yaml, Scenario scenario)
    {
        var call = scenario.Call;
        yaml.Append("  - name: ").Append(Quote(scenario.Name)).Append('\n');
        yaml.Append("    call:\n");
        yaml.Append("      number: ").Append(Quote(call.Number)).Append('\n');
        yaml.Append("      at: ").Append(Quote(call.At.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture))).Append('\n');
        if (call.StartFlow is { } flow) yaml.Append("      flow: ").Append(Quote(flow)).Append('\n');
        if (call.Input.Length > 0) yaml.Append("      input: ").Append(Quote(call.Input)).Append('\n');
        Pairs(yaml, "agents", call.Agents.Select(p => (p.Key, p.Value.ToString())));
        Pairs(yaml, "contactsInQueue", call.ContactsInQueue.Select(p => (p.Key, p.Value.ToString(CultureInfo.InvariantCulture))));
        Pairs(yaml, "attributes", call.Attributes.Select(p => (p.Key, p.Value)));
        Pairs(yaml, "stubs", call.Stubs.Select(p => (p.Key, p.Value)));
        // What LexIntentChooser and WaitChannelChooser chose: without them the scenario would not replay the call it expects.
        if (!call.Utterances.IsEmpty) yaml.Append("      say: [").Append(string.Join(", ", call.Utterances.Select(Quote))).Append("]\n");
        if (call.Channel != ContactChannel.Voice) yaml.Append("      channel: ").Append(Quote(call.Channel)).Append('\n');
        // CompareValueChooser's start state: a JSON object is a YAML flow mapping.
        if (call.Start?.External is { } external) yaml.Append("      start: { external: ").Append(external.GetRawText()).Append(" }\n");
        if (call.Seed != 0) yaml.Append("      seed: ").Append(call.Seed.ToString(CultureInfo.InvariantCulture)).Append('\n');
        if (!call.Mocks.IsEmpty)
        {
            yaml.Append("    mocks:\n");
            foreach (var mock in call.Mocks) yaml.Append("      - { function: ").Append(Quote(mock.Target)).Append(", ").Append(Body(mock.Answers[^1])).Append(" }\n");
        }

        // ActionFaultChooser's faults, in the scenario grammar (docs/scenarios.md), so the scenario fails the same actions.
        var actionFaults = scenario.Faults.Where(f => f.IsActionFault).ToList();
        if (actionFaults.Count > 0)
        {
            yaml.Append("    faults:\n");
            foreach (var fault in actionFaults)
            {
                yaml.Append("      - { fail: ").Append(Quote(fault.Target)).Append(", error: ").Append(Quote(fault.ErrorType));
                if (fault.Flow is { } faultFlow) yaml.Append(", flow: ").Append(Quote(faultFlow));
                yaml.Append(" }\n");
            }
        }

        var expect = scenario.Expect;
        yaml.Append("    expect:\n");
        if (expect.Outcome is { } outcome) yaml.Append("      outcome: ").Append(outcome.ToString().ToLowerInvariant()).Append('\n');
        if (expect.Queue is { } queue) yaml.Append("      queue: ").Append(Quote(queue)).Append('\n');
        if (!expect.Prompts.IsDefault)
        {
            yaml.Append("      prompts:").Append(expect.Prompts.IsEmpty ? " []\n" : "\n");
            foreach (var prompt in expect.Prompts) yaml.Append("        - { text: ").Append(Quote(prompt.Text ?? "")).Append(" }\n");
        }
    }

    private static void Pairs(StringBuilder yaml, string key, IEnumerable<(string Key, string Value)> pairs)
    {
        var list = pairs.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        if (list.Count == 0) return;
        yaml.Append("      ").Append(key).Append(": { ").Append(string.Join(", ", list.Select(p => $"{Quote(p.Key)}: {Quote(p.Value)}"))).Append(" }\n");
    }

    /// <summary>A mock's body as <c>response:</c> (a flow mapping of strings, or the raw text), <c>throws:</c> or <c>timeout: true</c>.</summary>
    private static string Body(MockAnswer answer)
    {
        if (answer.TimesOut) return "timeout: true";
        if (answer.Throws is { } error) return "throws: " + Quote(error);
        var json = answer.ResponseJson ?? "";
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                var pairs = document.RootElement.EnumerateObject()
                    .Select(p => $"{Quote(p.Name)}: {Quote(p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText())}");
                return "response: { " + string.Join(", ", pairs) + " }";
            }
        }
        catch (JsonException)
        {
            // Not JSON: the raw body text, below.
        }

        return "response: " + Quote(json);
    }

    private static string Quote(string text) => "\"" + JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(text) + "\"";
}
