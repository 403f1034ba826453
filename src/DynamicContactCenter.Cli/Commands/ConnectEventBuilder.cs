using DynamicContactCenter.Flows.Execution;

namespace DynamicContactCenter.Cli.Commands;

/// <summary>Builds the Amazon Connect <c>ContactFlowEvent</c> that <c>dcc invoke</c> sends when no <c>--event</c> file is given.</summary>
/// <remarks>The event is written by the interpreter's own writer (<see cref="ContactFlowEventWriter"/>) from a contact made of the
/// command's options, so a handler sees what a simulated call (and production) sends it.</remarks>
internal static class ConnectEventBuilder
{
    /// <summary>The instance <c>dcc invoke</c> claims to call from: no handler reads it, so a fixed fictional one.</summary>
    private const string InstanceArn = "arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555";

    private const string ContactId = "00000000-0000-4000-8000-000000000001";

    /// <summary>The event for a call to <paramref name="dialedNumber"/>.</summary>
    /// <param name="dialedNumber">The dialed number, <c>SystemEndpoint.Address</c>.</param>
    /// <param name="language">When given, the contact attribute <c>Language</c>.</param>
    /// <param name="parameters">The block's resolved LambdaInvocationAttributes, <c>Details.Parameters</c>.</param>
    public static string Build(string dialedNumber, string? language, IReadOnlyDictionary<string, string> parameters)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (language is not null)
        {
            attributes["Language"] = language;
        }

        return ContactFlowEventWriter.Write(new ContactSnapshot(ContactId, "VOICE", CallRequest.DefaultCallerNumber, dialedNumber, InstanceArn, "en-US", attributes), parameters);
    }
}
