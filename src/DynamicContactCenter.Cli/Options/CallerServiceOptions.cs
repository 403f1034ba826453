using System.Collections.Immutable;
using System.CommandLine;
using DynamicContactCenter.Flows.Execution;

namespace DynamicContactCenter.Cli.Options;

/// <summary>What services answer about the caller in a simulated call, for the action types whose result a call cannot observe
/// (docs/actions.md): <c>--voice-id</c>, <c>--voice-id-fraud-risk</c> (CheckVoiceId) and <c>--outbound-status</c>
/// (CheckOutboundCallStatus). The same keys as a scenario's <c>call:</c> (voiceId, voiceIdFraudRisk, outboundCallStatus); a value the
/// action cannot produce exits 2 naming the option and the choices.</summary>
internal sealed class CallerServiceOptions
{
    public CallerServiceOptions()
    {
        VoiceId = Choice("--voice-id", "What Voice ID authentication says about the caller (CheckVoiceId).", CallRequest.DefaultVoiceIdResult,
            CallRequest.VoiceIdResults);
        VoiceIdFraudRisk = Choice("--voice-id-fraud-risk", "What Voice ID fraud detection says about the caller (CheckVoiceId).", CallRequest.DefaultVoiceIdFraudRisk,
            CallRequest.VoiceIdFraudRisks);
        OutboundStatus = Choice("--outbound-status", "What answering-machine detection says of an outbound campaign call (CheckOutboundCallStatus).",
            CallRequest.DefaultOutboundCallStatus, CallRequest.OutboundCallStatuses);
    }

    public Option<string> VoiceId { get; }

    public Option<string> VoiceIdFraudRisk { get; }

    public Option<string> OutboundStatus { get; }

    /// <summary>The options, for a command to add.</summary>
    public IEnumerable<Option> All => [VoiceId, VoiceIdFraudRisk, OutboundStatus];

    /// <summary><paramref name="request"/> with what the options say.</summary>
    public CallRequest Apply(ParseResult parseResult, CallRequest request) => request with
    {
        VoiceIdResult = parseResult.GetRequiredValue(VoiceId),
        VoiceIdFraudRisk = parseResult.GetRequiredValue(VoiceIdFraudRisk),
        OutboundCallStatus = parseResult.GetRequiredValue(OutboundStatus),
    };

    private static Option<string> Choice(string name, string description, string defaultValue, ImmutableArray<string> choices)
    {
        var option = new Option<string>(name) { Description = $"{description} One of {string.Join(", ", choices)}; default {defaultValue}.", DefaultValueFactory = _ => defaultValue };
        option.AcceptOnlyFromAmong([.. choices]);
        return option;
    }
}
