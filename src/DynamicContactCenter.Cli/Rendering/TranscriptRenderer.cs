using System.Globalization;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Execution.Queueing;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;
using DynamicContactCenter.Routing.Diagnostics;
using Spectre.Console;

namespace DynamicContactCenter.Cli.Rendering;

/// <summary>Renders a call for people: what the caller hears (prompts stand out), what the flows did, and how the call ended.</summary>
internal static class TranscriptRenderer
{
    /// <summary>The label column's width (indent and label, e.g. "  says").</summary>
    private const int LabelWidth = 10;

    public static void Render(IAnsiConsole console, CallRequest request, CallResult result)
    {
        console.MarkupLine($"[bold]Call to {Markup.Escape(DisplayText.Escape(request.DialedNumber))}[/] from {Markup.Escape(DisplayText.Escape(request.CallerNumber))} at {request.At.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)}");
        // On a terminal, one grid per flow, so long prompts wrap inside their column instead of under the labels; piped, one line per
        // event, never wrapped, so a grep finds whole ARNs and prompts (TerminalOutput).
        var wraps = TerminalOutput.Wraps(console);
        var label = ActionLabels(result);
        Grid? grid = null;
        foreach (var transcriptEvent in result.Events)
        {
            if (transcriptEvent is FlowStartedEvent started)
            {
                Flush(console, grid);
                console.WriteLine();
                console.MarkupLine($"[bold underline]{Markup.Escape(DisplayText.Escape(started.Flow))}[/]");
                grid = NewGrid();
                continue;
            }

            var (tag, colour, text) = Describe(transcriptEvent, label);
            // Escaped: prompts and attributes come from routing data and Lambda responses, which may hold CR or ESC.
            if (!wraps)
            {
                // The grid's layout in plain text: the label in a 10-column cell, two spaces, the text; nothing after the text.
                console.MarkupLine($"[{colour}]{Markup.Escape($"  {tag}".PadRight(LabelWidth))}[/]  {Markup.Escape(DisplayText.Escape(text).TrimEnd())}");
                continue;
            }

            grid ??= NewGrid();
            grid.AddRow(new Markup($"  [{colour}]{tag}[/]"), new Text(DisplayText.Escape(text)));
        }
        Flush(console, grid);

        console.WriteLine();
        console.MarkupLine(Outcome(result));
        foreach (var diagnostic in result.Diagnostics)
        {
            var colour = diagnostic.IsError ? "red" : "yellow";
            console.MarkupLine($"[{colour}]{Markup.Escape(diagnostic.ToString())}[/]");
        }
    }

    private static Grid NewGrid()
    {
        var grid = new Grid();
        grid.AddColumn(new GridColumn().NoWrap().Width(LabelWidth));
        grid.AddColumn(new GridColumn());
        return grid;
    }

    private static void Flush(IAnsiConsole console, Grid? grid)
    {
        if (grid is { Rows.Count: > 0 })
        {
            console.Write(grid);
        }
    }

    private static string Outcome(CallResult result) => result.Outcome switch
    {
        CallOutcome.Queued => $"[green bold]Outcome: queued[/] in {Markup.Escape(DisplayText.Escape(result.Queue?.Name ?? "?"))} ({Markup.Escape(DisplayText.Escape(result.Queue?.Arn ?? "?"))})"
            + (result.AnsweredAfter is { } answered ? $", answered by an agent after {WaitDurationParser.Format(answered)}" : ""),
        CallOutcome.Disconnected when HeardError(result) => "[red bold]Outcome: disconnected[/] after the error path",
        CallOutcome.Disconnected => "[yellow bold]Outcome: disconnected[/]",
        CallOutcome.Ended => "[yellow bold]Outcome: ended[/] (the flow ended without queueing or disconnecting)",
        CallOutcome.Transferred when result.Events.OfType<TransferEvent>().LastOrDefault() is { Kind: "agent" } agent =>
            $"[green bold]Outcome: transferred[/] to {Markup.Escape(DisplayText.Escape(agent.Target))}",
        CallOutcome.Transferred => $"[green bold]Outcome: transferred[/] to {Markup.Escape(DisplayText.Escape(result.Events.OfType<TransferEvent>().LastOrDefault()?.Target ?? "?"))} (a flow the instance model does not have)",
        CallOutcome.Abandoned => "[yellow bold]Outcome: abandoned[/] (the caller hung up)",
        _ => "[red bold]Outcome: error[/]: the run stopped on the diagnostic below",
    };

    private static string TaskDetails(CreatedTask task) =>
        (task.Description is null ? "" : $", \"{task.Description}\"")
        + (task.Attributes.IsEmpty ? "" : ", attributes " + string.Join(", ", task.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}")))
        + (task.References.IsEmpty ? "" : ", references " + string.Join(", ", task.References.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}={r.Value.Value}")))
        + (task.DelaySeconds is { } delay ? $", in {delay} s" : "")
        + (task.ScheduledTime is { } at ? $", at {at}" : "");

    /// <summary>Virtual time in queue as a clock, m:ss: when each prompt of the wait began.</summary>
    private static string WaitClock(TimeSpan waited) => $"{(int)waited.TotalMinutes}:{waited.Seconds:00}";

    /// <summary>What the caller hears, quoted; an SSML prompt as its words with its breaks as "(silence 20 s)" (the JSON keeps the SSML),
    /// and a prompt that is only silence unquoted, since nothing is said.</summary>
    private static string Heard(PromptSpokenEvent prompt) => prompt.Format != "ssml" ? $"\"{prompt.Text}\""
        : SsmlSpeech.IsOnlySilence(prompt.Text) ? SsmlSpeech.AsHeard(prompt.Text)
        : $"\"{SsmlSpeech.AsHeard(prompt.Text)}\"";

    private static bool HeardError(CallResult result) => result.Events.OfType<ErrorBranchEvent>().Any();

    /// <summary>Names an action of a flow the call ran by <see cref="ActionLabel"/> (a designer's UUID becomes what the action does), from
    /// the flows the call visited; an action it cannot find keeps its Identifier.</summary>
    private static Func<string, string, string> ActionLabels(CallResult result)
    {
        var actions = new Dictionary<(string Flow, string Action), FlowAction>();
        foreach (var flow in result.Visits.Select(v => v.Flow).Distinct())
        {
            foreach (var action in flow.Actions) actions.TryAdd((flow.Name, action.Identifier), action);
        }

        return (flow, id) => actions.TryGetValue((flow, id), out var action) ? ActionLabel.Of(action) : id;
    }

    private static (string Label, string Colour, string Text) Describe(TranscriptEvent transcriptEvent, Func<string, string, string> label) => transcriptEvent switch
    {
        PromptSpokenEvent prompt => (prompt.ToAgent ? "to agent" : "says", "green",
            (prompt.Waited is { } waited ? $"{WaitClock(waited)} " : "") + $"[{prompt.Voice}, {prompt.LanguageCode}] {Heard(prompt)}"),
        QueueWaitEvent wait => ("wait", wait.Kind == QueueWaitEvent.Answered ? "green" : "yellow", $"{WaitClock(wait.Waited)} {wait.Detail}"),
        VoiceSetEvent voice => ("voice", "blue", voice.Voice + (voice.Engine is null ? "" : $" ({voice.Engine})")),
        LambdaCalledEvent lambda => ("lambda", lambda.Outcome == "succeeded" ? "blue" : "red",
            $"{lambda.FunctionName ?? lambda.Function} {lambda.Outcome} in {lambda.Duration.TotalMilliseconds:0.#} ms"
            + (lambda.ServedBy == "invoker" ? "" : $" (served by {lambda.ServedBy})")
            + (lambda.Error is null ? "" : $": {lambda.Error}")
            + (lambda.Note is null ? "" : $" [{lambda.Note}]")),
        AttributeSetEvent attribute => ("set", "grey", $"{attribute.Namespace}.{attribute.Key} = \"{attribute.Value}\""),
        SettingChangedEvent setting => ("setting", "grey", $"{setting.Setting} = {setting.Value}"),
        CheckEvent check => ("check", "yellow", $"{check.Check}{(check.Value is null ? "" : $" = {check.Value}")} → {check.Branch} → '{label(check.Flow, check.Target)}'"),
        ErrorBranchEvent error => ("error", "red", $"{error.ErrorType}{(error.Reason is null ? "" : $" ({error.Reason})")} → '{label(error.Flow, error.Target)}'"),
        QueueSetEvent queue => ("queue", "blue", $"working queue {queue.QueueName} ({queue.QueueArn})"),
        QueuedEvent queued => ("queued", "green", $"in {queued.QueueName}, {queued.AvailableAgents} agent(s) available"),
        TransferEvent transfer => ("transfer", "blue", $"{transfer.Kind} → {transfer.Target}"),
        InputReceivedEvent input => ("input", "yellow", input.TimedOut ? "no input (timed out)" : $"caller pressed {input.Digits}"),
        CallEndedEvent ended => ("end", ended.Disconnected ? "yellow" : "grey", ended.Reason),
        LexTurnEvent lex => ("said", "yellow", lex.TimedOut ? "caller said nothing (timed out)" : $"caller said \"{lex.Utterance}\" → intent {lex.Intent} ({lex.Bot})"),
        DiagnosticEvent diagnostic => ("problem", diagnostic.Diagnostic.IsError ? "red" : "yellow", diagnostic.Diagnostic.Message),
        CustomerRecordEvent record => (record.Record, "blue", $"{record.Operation} {record.Id}: {record.DescribeFields()}"),
        TaskCreatedEvent task => ("task", "blue", $"task created: \"{task.Task.Name}\" in flow {task.Task.ContactFlow}" + TaskDetails(task.Task)),
        ParticipantStateEvent state => ("hold", "grey", $"previous contact: {state.State}"),
        MediaStreamingEvent streaming => ("streaming", "grey", $"media streaming {(streaming.Started ? "started" : "stopped")} ({streaming.Participants})"),
        TagRemovedEvent tag => ("untag", "grey", $"Tags.{tag.Key} removed" + (tag.Present ? "" : " (the contact had no such tag)")),
        OutboundDialEvent dial => ("dial", "blue", $"dials the customer {dial.CustomerNumber}" + (dial.CallerId is null ? "" : $" from {dial.CallerId}")),
        VoiceIdStartedEvent => ("voice ID", "grey", "voice ID started: the caller's audio goes to Voice ID"),
        OutboundChatStartedEvent chat => ("sms", "blue", $"outbound SMS chat to {chat.Destination} from {chat.Source}, flow {chat.ContactFlow}"
            + (chat.Message is null ? "" : $": \"{chat.Message}\"")),
        _ => (transcriptEvent.Type, "grey", transcriptEvent.ToString()),
    };
}
