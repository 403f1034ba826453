using System.Collections.Immutable;

namespace DynamicContactCenter.Routing.Model;

/// <summary>The prompt names the shipped flows reference; every language must have all of them.</summary>
public static class PromptNames
{
    /// <summary>Played by the Language flow.</summary>
    public const string Intro = "introPrompt";
    /// <summary>Played before queueing: the call may be recorded.</summary>
    public const string Recording = "recordingPrompt";
    /// <summary>Played before queueing: please wait.</summary>
    public const string Wait = "waitPrompt";
    /// <summary>Played while on hold.</summary>
    public const string Hold = "holdPrompt";
    /// <summary>Played outside hours or with nobody staffed.</summary>
    public const string Closed = "closedPrompt";
    /// <summary>Played on every error path.</summary>
    public const string Error = "errorPrompt";
    /// <summary>Played before disconnecting.</summary>
    public const string Exit = "exitPrompt";

    /// <summary>All seven, in the order a caller could hear them.</summary>
    public static ImmutableArray<string> All { get; } = [Intro, Recording, Wait, Hold, Closed, Error, Exit];
}
