namespace DynamicContactCenter.Flows.Tests.TestSupport;

/// <summary>Builds small flow-language documents inline, as exports write them (scalars as strings).</summary>
internal static class FlowText
{
    public static string Flow(params string[] actions)
    {
        var start = actions[0].Split("\"Identifier\":\"")[1].Split('"')[0];
        return "{\"Version\":\"2019-10-30\",\"StartAction\":\"" + start + "\",\"Metadata\":{\"entryPointPosition\":{\"x\":0,\"y\":0}},\"Actions\":["
            + string.Join(",", actions) + "]}";
    }

    public static string Act(string id, string type, string parameters = "{}", string? next = null, string[]? conditions = null, string[]? errors = null) =>
        "{\"Identifier\":\"" + id + "\",\"Type\":\"" + type + "\",\"Parameters\":" + parameters + ",\"Transitions\":{"
        + (next is null ? "" : "\"NextAction\":\"" + next + "\",")
        + "\"Conditions\":[" + string.Join(",", conditions ?? []) + "],\"Errors\":[" + string.Join(",", errors ?? []) + "]}}";

    public static string Cond(string op, string operand, string target) =>
        "{\"NextAction\":\"" + target + "\",\"Condition\":{\"Operator\":\"" + op + "\",\"Operands\":[\"" + operand + "\"]}}";

    public static string Err(string type, string target) => "{\"ErrorType\":\"" + type + "\",\"NextAction\":\"" + target + "\"}";

    public static string Say(string id, string text, string? next = null) => Act(id, "MessageParticipant", "{\"Text\":\"" + text + "\"}", next);

    public static string Disconnect(string id = "Hang up") => "{\"Identifier\":\"" + id + "\",\"Type\":\"DisconnectParticipant\",\"Parameters\":{},\"Transitions\":{}}";

    public static string End(string id = "End") => "{\"Identifier\":\"" + id + "\",\"Type\":\"EndFlowExecution\",\"Parameters\":{},\"Transitions\":{}}";

    /// <summary>A prompt named <paramref name="id"/> that says <paramref name="id"/> and hangs up: a branch marker for tests.</summary>
    public static string Mark(string id) => Say(id, id, "Hang up");
}
