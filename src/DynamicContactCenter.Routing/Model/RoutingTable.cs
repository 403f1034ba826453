namespace DynamicContactCenter.Routing.Model;

/// <summary>The three routing tables (DESIGN §3).</summary>
public enum RoutingTable
{
    /// <summary>Function ARNs per environment, keyed by <c>environment</c>.</summary>
    Environments,
    /// <summary>Routing per dialed number, keyed by <c>dialedNumber</c>.</summary>
    DialedNumbers,
    /// <summary>Voice and prompts per language, keyed by <c>language</c>.</summary>
    Prompts,
}
