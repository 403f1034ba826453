namespace DynamicContactCenter.Flows.Execution;

/// <summary>The channels a simulated contact can have (<c>$.Channel</c>), and the one rule for reading one from a command line or a
/// scenario: case-insensitive, stored upper-case as Connect writes it. EMAIL is left out: no action of the simulator treats it apart.</summary>
public static class ContactChannel
{
    /// <summary>A phone call (the default).</summary>
    public const string Voice = "VOICE";

    /// <summary>A chat.</summary>
    public const string Chat = "CHAT";

    /// <summary>A task.</summary>
    public const string Task = "TASK";

    /// <summary>What a valid value is, for error messages.</summary>
    public const string Expected = "VOICE, CHAT or TASK";

    /// <summary>Reads <paramref name="text"/> as a channel; false when it is none of <see cref="Expected"/>.</summary>
    public static bool TryParse(string? text, out string channel)
    {
        channel = text?.Trim().ToUpperInvariant() ?? "";
        return channel is Voice or Chat or Task;
    }
}
