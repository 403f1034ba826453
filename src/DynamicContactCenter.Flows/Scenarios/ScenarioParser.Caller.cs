using System.Collections.Immutable;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Routing.Yaml;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Flows.Scenarios;

/// <summary>The caller model's keys of a scenario's call (issue #12 item 2), each also allowed under <c>defaults:</c>:
/// <c>say</c> (one utterance per Lex turn, in order; a single text is a list of one), <c>patience</c> (unanswered prompts before the
/// caller hangs up, 0 = never) and <c>channel</c> (VOICE, CHAT or TASK).</summary>
public static partial class ScenarioParser
{
    private static (ImmutableArray<string> Utterances, int Patience, string Channel) ReadCaller(ScenarioYamlReader reader, YamlMappingNode call)
    {
        var utterances = ImmutableArray<string>.Empty;
        switch (YamlReader.Value(call, "say"))
        {
            case null:
                break;
            case YamlScalarNode one:
                utterances = [one.Value ?? ""];
                break;
            case YamlSequenceNode list:
                utterances = [.. list.Children.Select((item, i) => reader.Scalar(item, $"call.say[{i}]", "an utterance (text)") ?? "")];
                break;
            case var other:
                reader.Report(ScenarioMessages.InvalidValue, "call.say", other, YamlReader.Text(other), "call.say", "an utterance or a list of utterances, one per Lex turn");
                break;
        }

        var patience = CallRequest.DefaultPatience;
        if (reader.Scalar(call, "patience", "call.patience", CallRequest.PatienceExpected) is { } patienceText
            && !CallRequest.TryParsePatience(patienceText, out patience))
        {
            reader.Report(ScenarioMessages.InvalidValue, "call.patience", YamlReader.Value(call, "patience"), patienceText, "call.patience", CallRequest.PatienceExpected);
        }

        var channel = ContactChannel.Voice;
        if (reader.Scalar(call, "channel", "call.channel", ContactChannel.Expected) is { } channelText && !ContactChannel.TryParse(channelText, out channel))
        {
            reader.Report(ScenarioMessages.InvalidValue, "call.channel", YamlReader.Value(call, "channel"), channelText, "call.channel", ContactChannel.Expected);
        }

        return (utterances, patience, channel);
    }
}
