using System.Collections.Frozen;

namespace DynamicContactCenter.Flows.Model;

/// <summary>Connect's flow types, grouped as the action pages of reference/flow-language.md §7 name them. Action specs say where an
/// action is allowed with these groups (<c>Of(Inbound, Transfer)</c>).</summary>
internal static class FlowTypes
{
    public const string ContactFlow = "CONTACT_FLOW";

    public static readonly string[] Inbound = [ContactFlow];
    public static readonly string[] Transfer = ["AGENT_TRANSFER", "QUEUE_TRANSFER"];
    public static readonly string[] Queue = ["CUSTOMER_QUEUE"];
    public static readonly string[] Hold = ["CUSTOMER_HOLD", "AGENT_HOLD"];
    public static readonly string[] Whisper = ["CUSTOMER_WHISPER", "AGENT_WHISPER", "OUTBOUND_WHISPER"];

    /// <summary>Every type the groups above know; an action in a flow of another type is not checked.</summary>
    public static readonly FrozenSet<string> Known = Inbound.Concat(Transfer).Concat(Queue).Concat(Hold).Concat(Whisper).ToFrozenSet(StringComparer.Ordinal);

    public static string[] Of(params string[][] groups) => [.. groups.SelectMany(g => g)];
}
