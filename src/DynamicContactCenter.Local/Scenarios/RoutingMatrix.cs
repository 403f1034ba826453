using System.Collections.Immutable;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Scenarios;
using DynamicContactCenter.Functions;
using DynamicContactCenter.Routing.Model;
using NodaTime;

namespace DynamicContactCenter.Local.Scenarios;

/// <summary>The routing matrix (<c>dcc test --matrix</c>): for every dialed number (and the default row, through a number with no row) ×
/// {open and staffed, queued with no agent free, closed, open but unstaffed, holiday override, each function failing}, the experience
/// the caller must get.</summary>
/// <remarks>INVARIANT: expectations come from the routing data (the number's row, its language's prompts, voice and language code) and
/// the instance model (queue by ARN, hours, overrides), never from running the interpreter, so the matrix really checks the flows.</remarks>
public static class RoutingMatrix
{
    /// <summary>The name the matrix is reported under.</summary>
    public const string SuiteName = "routing matrix";

    /// <summary>Where the search for an ordinary open day starts (a Monday), so the matrix's calls are the same on every run.</summary>
    private static readonly LocalDate Anchor = new(2026, 11, 23);

    private static readonly string[] Chain = [FunctionNames.GetLambdas, FunctionNames.GetDynAttributes, FunctionNames.GetPrompts];

    /// <summary>How long the "no agent free" caller waits in queue: long enough to hear the hold prompt come round more than once.</summary>
    private static readonly TimeSpan HoldWait = TimeSpan.FromSeconds(60);

    /// <summary>When a number's hours are unknown (or never open): a weekday afternoon in UTC, and a night hour for "closed".</summary>
    private static readonly DateTimeOffset UnknownOpen = new(2026, 11, 24, 15, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset UnknownClosed = new(2026, 11, 24, 4, 30, 0, TimeSpan.Zero);

    /// <summary>The matrix's scenarios for <paramref name="routing"/> in <paramref name="instance"/>.</summary>
    public static ScenarioFile Generate(RoutingData routing, InstanceModel instance)
    {
        var scenarios = new List<Scenario>();
        foreach (var row in routing.DialedNumbers.OrderBy(r => r.Number == DialedNumber.DefaultKey))
        {
            var number = row.Number == DialedNumber.DefaultKey ? UnlistedNumber(routing) : row.Number;
            var label = $"{number} ({row.Name}{(row.Number == DialedNumber.DefaultKey ? ", default row" : "")})";
            var language = routing.Languages.FirstOrDefault(l => l.Language == row.Language);
            if (NumberPlayability.Problem(row, routing, instance) is { } problem)
            {
                scenarios.AddRange(Unplayable(new Line(number, label, row, language ?? Unspoken(row.Language)), problem, routing));
                continue;
            }

            // Problem() found the language, the queue and its hours.
            var queue = instance.FindQueue(row.Queue)!;
            scenarios.AddRange(Cases(new Line(number, label, row, language!), queue, instance.FindHours(queue.HoursName!)!, routing));
        }

        return new ScenarioFile(SuiteName, [.. scenarios]);
    }

    private static IEnumerable<Scenario> Cases(Line line, QueueDefinition queue, HoursOfOperation hours, RoutingData routing)
    {
        var open = OpenTime(hours);
        var agentsKey = queue.Name;
        var openAt = open ?? UnknownOpen;

        var openAndStaffed = OpenAndStaffed(line, queue);
        yield return Make(line, "open and staffed", openAt, agentsKey, AgentStatus.Available, [], openAndStaffed);
        if (openAndStaffed.Outcome == CallOutcome.Queued && HeldInQueue(line, openAndStaffed) is { } held)
        {
            // Agents on a contact keep the queue staffed, so MainFlow queues the call, but none answers: the caller hangs up at the wait's end.
            yield return Make(line, $"queued, no agent free for {HoldWait.TotalSeconds:0}s", openAt, agentsKey, AgentStatus.OnContact, [], held, HoldWait);
        }

        if (open is not null)
        {
            if (ClosedTime(hours, open.Value) is { } closedAt)
            {
                yield return Make(line, "closed", closedAt, agentsKey, AgentStatus.Available, [], ClosedTreatment(line));
            }

            yield return Make(line, "open but unstaffed", openAt, agentsKey, AgentStatus.Offline, [], ClosedTreatment(line));
            if (HolidayTime(hours) is var (holidayAt, holiday))
            {
                yield return Make(line, $"holiday override ({holiday})", holidayAt, agentsKey, AgentStatus.Available, [], ClosedTreatment(line));
            }
        }

        foreach (var failing in FunctionFailures(line, routing, openAt, agentsKey)) yield return failing;
    }

    /// <summary>A number the instance cannot play (<see cref="NumberPlayability"/>): each situation expects what the routing data means
    /// the caller to get, so each fails naming why. Expecting the error path instead would pass (the false green of issue #14), and
    /// leaving the closed and unstaffed rows out would hide the number; a red row that says what is missing is the honest answer.</summary>
    /// <remarks>Without the queue's hours the matrix cannot pick a closed time: it calls at a fixed night hour in UTC, and the row still
    /// fails on the error path the flows take before they ever read the hours.</remarks>
    private static IEnumerable<Scenario> Unplayable(Line line, string problem, RoutingData routing)
    {
        var agentsKey = line.Row.Queue;
        var reached = new ScenarioExpectation { Outcome = CallOutcome.Queued, ErrorPath = false };
        var closed = new ScenarioExpectation { Outcome = CallOutcome.Disconnected, ErrorPath = false };
        var cannot = $"cannot be played: {problem}";
        yield return Make(line, $"open and staffed ({cannot})", UnknownOpen, agentsKey, AgentStatus.Available, [], reached);
        yield return Make(line, $"closed ({cannot})", UnknownClosed, agentsKey, AgentStatus.Available, [], closed);
        yield return Make(line, $"open but unstaffed ({cannot})", UnknownOpen, agentsKey, AgentStatus.Offline, [], closed);
        foreach (var failing in FunctionFailures(line, routing, UnknownOpen, agentsKey)) yield return failing;
    }

    /// <summary>Each function of the chain failing in turn (the ones before it succeed): the caller hears the error path.</summary>
    private static IEnumerable<Scenario> FunctionFailures(Line line, RoutingData routing, DateTimeOffset openAt, string agentsKey)
    {
        var fallback = routing.Languages.FirstOrDefault(l => l.Language == routing.DefaultLanguage);
        for (var failing = 0; failing < Chain.Length; failing++)
        {
            var lambdas = Chain.Take(failing).Select(f => new LambdaExpectation(f, "succeeded")).Append(new LambdaExpectation(Chain[failing], "failed"));
            var expect = new ScenarioExpectation { Outcome = CallOutcome.Disconnected, ErrorPath = true, Lambdas = [.. lambdas] };
            // Before GetPrompts answers, $.External holds GetLambdas' answer (folded into GetDynAttributes'), whose error and exit prompts
            // are the default language's; when GetLambdas itself fails the Init flow can only play its fixed fallback (ErrorPath checks it).
            if (failing > 0 && fallback is not null)
            {
                expect = expect with { Prompts = [Prompt(fallback, PromptNames.Error, voice: false), Prompt(fallback, PromptNames.Exit, voice: false)] };
            }

            yield return Make(line, $"{Chain[failing]} fails", openAt, agentsKey, AgentStatus.Available, [new ScenarioFault(ScenarioFaultKind.FunctionThrows, Chain[failing])], expect);
        }
    }

    private static ScenarioExpectation OpenAndStaffed(Line line, QueueDefinition queue)
    {
        var l = line.Language;
        if (queue.MaxContacts is { } max && queue.ContactsInQueue >= max)
        {
            return Spoken(line) with
            {
                Outcome = CallOutcome.Disconnected,
                ErrorPath = true,
                Prompts = [Prompt(l, PromptNames.Intro), Prompt(l, PromptNames.Recording), Prompt(l, PromptNames.Wait), Prompt(l, PromptNames.Error), Prompt(l, PromptNames.Exit)],
            };
        }

        return Spoken(line) with
        {
            Outcome = CallOutcome.Queued,
            Queue = queue.Arn,
            ErrorPath = false,
            Prompts = [Prompt(l, PromptNames.Intro), Prompt(l, PromptNames.Recording), Prompt(l, PromptNames.Wait)],
            Lambdas = [.. Chain.Select(f => new LambdaExpectation(f, "succeeded"))],
        };
    }

    /// <summary>A queued caller nobody answers hears, after the wait prompt, the hold prompt of the number's language in its voice and
    /// language code (the queue flow MainFlow sets, issue #13). Only that the prompt comes, not how often: how long speech takes is the
    /// interpreter's rule, and the matrix does not restate it. Null when the language has no hold prompt.</summary>
    private static ScenarioExpectation? HeldInQueue(Line line, ScenarioExpectation queued)
    {
        if (string.IsNullOrEmpty(line.Language.Prompts.GetValueOrDefault(PromptNames.Hold))) return null;
        return queued with
        {
            Outcome = CallOutcome.Abandoned,
            Queue = null, // an abandoned call reports no queue; hearing the hold prompt shows it waited in one
            Prompts = default,
            Lambdas = default, // the queue flow's own function calls are the flow's business, not the routing data's
            PromptsInclude = [Prompt(line.Language, PromptNames.Wait), Prompt(line.Language, PromptNames.Hold)],
        };
    }

    private static ScenarioExpectation ClosedTreatment(Line line) => Spoken(line) with
    {
        Outcome = CallOutcome.Disconnected,
        ErrorPath = false,
        Prompts = [Prompt(line.Language, PromptNames.Intro), Prompt(line.Language, PromptNames.Closed), Prompt(line.Language, PromptNames.Exit)],
    };

    /// <summary>What every call that reaches the Language flow shares: its voice, language code and the routing attributes.</summary>
    private static ScenarioExpectation Spoken(Line line) => new()
    {
        Voice = line.Language.Voice,
        LanguageCode = line.Language.LanguageCode,
        Attributes = ImmutableDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string>
        {
            ["Name"] = line.Row.Name,
            ["DialedNumber"] = line.Number,
            ["Language"] = line.Row.Language,
        }),
    };

    private static PromptExpectation Prompt(PromptSet language, string name, bool voice = true) =>
        new(language.Prompts.GetValueOrDefault(name, ""), null, null, null)
        {
            Voice = voice ? language.Voice : null,
            LanguageCode = voice ? language.LanguageCode : null,
        };

    private static Scenario Make(Line line, string situation, DateTimeOffset at, string queue, AgentStatus agents, ImmutableArray<ScenarioFault> faults, ScenarioExpectation expect, TimeSpan? wait = null)
    {
        var call = new ScenarioCall(line.Number, at) { Agents = ImmutableDictionary<string, AgentStatus>.Empty.Add(queue, agents), Wait = wait };
        return new Scenario($"{line.Label}: {situation}", null, 0, call, faults, expect);
    }

    /// <summary>Midday of the first range of the first ordinary (no override) open day from <see cref="Anchor"/>.</summary>
    private static DateTimeOffset? OpenTime(HoursOfOperation hours)
    {
        for (var date = Anchor; date < Anchor.PlusDays(28); date = date.PlusDays(1))
        {
            if (hours.Overrides.Any(o => o.Date == date)) continue;
            if (Middle(hours.Weekly.GetValueOrDefault(date.DayOfWeek, [])) is { } time) return At(hours, date, time);
        }

        return null;
    }

    /// <summary>The latest half hour of the open day that no range covers (evening, after hours), or null when it is open all day.</summary>
    private static DateTimeOffset? ClosedTime(HoursOfOperation hours, DateTimeOffset openAt)
    {
        var date = Instant.FromDateTimeOffset(openAt).InZone(hours.Zone).Date;
        var ranges = hours.Weekly.GetValueOrDefault(date.DayOfWeek, []);
        for (var hour = 23; hour >= 0; hour--)
        {
            var time = new LocalTime(hour, 30);
            if (!ranges.Any(r => r.Contains(time))) return At(hours, date, time);
        }

        return null;
    }

    /// <summary>A closed-all-day override on a day that is open by the weekly hours, at the time it would otherwise be open.</summary>
    private static (DateTimeOffset At, string Name)? HolidayTime(HoursOfOperation hours)
    {
        foreach (var holiday in hours.Overrides.Where(o => o.Ranges.IsEmpty).OrderBy(o => o.Date))
        {
            if (Middle(hours.Weekly.GetValueOrDefault(holiday.Date.DayOfWeek, [])) is { } time)
            {
                return (At(hours, holiday.Date, time), $"{holiday.Name ?? "closed"} {holiday.Date:yyyy-MM-dd}");
            }
        }

        return null;
    }

    private static LocalTime? Middle(ImmutableArray<TimeRange> ranges)
    {
        if (ranges.IsDefaultOrEmpty) return null;
        var range = ranges[0];
        var end = range.End ?? new LocalTime(23, 59, 59);
        return range.Start.PlusTicks((end - range.Start).ToDuration().BclCompatibleTicks / 2);
    }

    private static DateTimeOffset At(HoursOfOperation hours, LocalDate date, LocalTime time) => hours.Zone.AtLeniently(date.At(time)).ToDateTimeOffset();

    /// <summary>A number with no row of its own, so the call takes the default row.</summary>
    internal static string UnlistedNumber(RoutingData routing)
    {
        for (var n = 5550100L; ; n++)
        {
            var candidate = $"+1999{n:D7}";
            if (routing.DialedNumbers.All(r => r.Number != candidate)) return candidate;
        }
    }

    /// <summary>A language the routing data lacks: no voice, no prompts (only its rows' names use it).</summary>
    private static PromptSet Unspoken(string language) => new(language, "", "", ImmutableSortedDictionary<string, string>.Empty);

    private sealed record Line(string Number, string Label, DialedNumber Row, PromptSet Language);
}
