using System.Globalization;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Execution.Queueing;
using DynamicContactCenter.Flows.Transcript;
using DynamicContactCenter.Routing.Diagnostics;
using Spectre.Console;

namespace DynamicContactCenter.Cli.Rendering;

/// <summary>Renders a call for people: what the caller hears (prompts stand out), what the flows did, and how the call ended.</summary>
internal static class TranscriptRenderer
{
    public static void Render(IAnsiConsole console, CallRequest request, CallResult result)
    {
        console.MarkupLine($"[bold]Call to {Markup.Escape(DisplayText.Escape(request.DialedNumber))}[/] from {Markup.Escape(DisplayText.Escape(request.CallerNumber))} at {request.At.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)}");
        // One grid per flow, so long prompts wrap inside their column instead of under the labels.
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

            grid ??= NewGrid();
            var (label, colour, text) = Describe(transcriptEvent);
            // Escaped: prompts and attributes come from routing data and Lambda responses, which may hold CR or ESC.
            grid.AddRow(new Markup($"  [{colour}]{label}[/]"), new Text(DisplayText.Escape(text)));
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
        grid.AddColumn(new GridColumn().NoWrap().Width(10));
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

    private static (string Label, string Colour, string Text) Describe(TranscriptEvent transcriptEvent) => transcriptEvent switch
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
        CheckEvent check => ("check", "yellow", $"{check.Check}{(check.Value is null ? "" : $" = {check.Value}")} → {check.Branch} → '{check.Target}'"),
        ErrorBranchEvent error => ("error", "red", $"{error.ErrorType}{(error.Reason is null ? "" : $" ({error.Reason})")} → '{error.Target}'"),
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
