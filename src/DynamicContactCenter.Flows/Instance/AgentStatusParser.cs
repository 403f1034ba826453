namespace DynamicContactCenter.Flows.Instance;

/// <summary>Reads an agent status as people write it: <c>Available</c>, <c>on contact</c>, <c>OnContact</c>, <c>after-contact work</c>,
/// <c>ACW</c>, <c>offline</c> (case, spaces, hyphens and underscores ignored).</summary>
/// <remarks>Only the documented states and their listed spellings are accepted: an undocumented word such as <c>Busy</c> used to be
/// read as OnContact, so a user could not tell what the simulation counted as staffed (issue 14).</remarks>
public static class AgentStatusParser
{
    /// <summary>The accepted spellings, for messages.</summary>
    public const string Expected = "Available, OnContact (\"on contact\"), AfterContactWork (\"after-contact work\", ACW) or Offline";

    /// <summary>Parses <paramref name="text"/>; false when it is not a status.</summary>
    public static bool TryParse(string? text, out AgentStatus status)
    {
        var key = new string((text ?? "").Where(char.IsAsciiLetter).ToArray()).ToUpperInvariant();
        (var ok, status) = key switch
        {
            "AVAILABLE" => (true, AgentStatus.Available),
            "ONCONTACT" => (true, AgentStatus.OnContact),
            "AFTERCONTACTWORK" or "ACW" => (true, AgentStatus.AfterContactWork),
            "OFFLINE" => (true, AgentStatus.Offline),
            _ => (false, AgentStatus.Offline),
        };
        return ok;
    }
}
