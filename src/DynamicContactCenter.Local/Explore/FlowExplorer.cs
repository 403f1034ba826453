using System.Collections.Immutable;
using DynamicContactCenter.Flows.Coverage;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Scenarios;
using DynamicContactCenter.Local.Scenarios;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Local.Explore;

/// <summary><c>dcc explore</c>: reaches every branch of the given flows it can by playing real calls (the interpreter, the real
/// handlers, the scenario runner) with chosen inputs, and keeps the calls that reached something new as scenarios whose expectations
/// are what they did.</summary>
/// <remarks>
/// The search: every entry flow is first called from every dialed number of the routing data (so what data decides is reached by
/// data). Each call that reached a new action or branch is kept, and at each action it ran, every branch not taken yet asks the
/// <see cref="IInputChooser"/>s for calls that may take it (the same call with other keys, another time, other agent states, a mock
/// answer...). Those are played breadth-first, a candidate whose branch was reached meanwhile is skipped, and a call is never played
/// twice. It ends when nothing is left to try, after <see cref="ExploreOptions.MaxPaths"/> calls, or at
/// <see cref="ExploreOptions.TimeLimit"/>, whichever comes first; a flow that loops ends each of its calls at the step limit, which is
/// reported, so a cycle never keeps exploration going. Branches the run actually takes are the truth: nothing here predicts one.
/// </remarks>
public sealed class FlowExplorer
{
    private readonly LocalContactCenter _center;
    private readonly RoutingData _routing;
    private readonly ScenarioRunner _runner;
    private readonly ImmutableArray<IInputChooser> _choosers;

    /// <summary>An explorer over <paramref name="center"/> whose routing data is <paramref name="routing"/>.</summary>
    /// <param name="center">The contact center the calls run in.</param>
    /// <param name="routing">Its routing data: the dialed numbers the seeds call.</param>
    /// <param name="choosers">The input choosers; null for <see cref="InputChoosers.All"/>.</param>
    public FlowExplorer(LocalContactCenter center, RoutingData routing, IEnumerable<IInputChooser>? choosers = null)
    {
        ArgumentNullException.ThrowIfNull(center);
        ArgumentNullException.ThrowIfNull(routing);
        _center = center;
        _routing = routing;
        _runner = new ScenarioRunner(center, routing);
        _choosers = choosers is null ? InputChoosers.All : [.. choosers];
    }

    /// <summary>Explores <paramref name="entries"/> within <paramref name="options"/>' bounds.</summary>
    public async Task<ExploreResult> ExploreAsync(IReadOnlyList<ExploreEntry> entries, ExploreOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(options);
        var search = new Search(this, options, _center.Clock.GetTimestamp());
        foreach (var entry in entries) await search.ExploreAsync(entry, cancellationToken);
        return search.Result(entries);
    }

    /// <summary>The first calls of an entry flow: one per dialed number of the routing data (its default row through a number with
    /// no row), or one call when the data has none.</summary>
    private IEnumerable<(ScenarioCall Call, string Choice)> Seeds(ExploreEntry entry, ExploreOptions options)
    {
        var numbers = _routing.DialedNumbers.Select(r => r.Number == DialedNumber.DefaultKey ? RoutingMatrix.UnlistedNumber(_routing) : r.Number)
            .Distinct(StringComparer.Ordinal).ToList();
        if (numbers.Count == 0) numbers.Add(RoutingMatrix.UnlistedNumber(_routing));
        return numbers.Select(number => (new ScenarioCall(number, options.At) { StartFlow = entry.Reference }, $"calls {number}"));
    }

    /// <summary>A call waiting to be played, and the branch it was chosen for (null for a seed).</summary>
    private sealed record Pending(ScenarioCall Call, string Name, (FlowModel Flow, string ActionId, string Branch)? For)
    {
        /// <summary>The scenario faults the call runs with (<see cref="ActionFaultChooser"/>).</summary>
        public ImmutableArray<ScenarioFault> Faults { get; init; } = [];
    }

    /// <summary>One exploration's state across its entry flows.</summary>
    private sealed class Search(FlowExplorer explorer, ExploreOptions options, long started)
    {
        private readonly CoverageCollector _coverage = new();
        private readonly HashSet<string> _played = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _tried = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _reasons = new(StringComparer.Ordinal);
        private readonly List<string> _notes = [];
        private readonly Dictionary<ExploreEntry, List<Scenario>> _kept = [];
        private readonly HashSet<string> _loops = new(StringComparer.Ordinal);
        private readonly HashSet<(string Flow, string ActionId)> _leftWithoutTransition = [];
        private readonly Dictionary<ExploreEntry, HashSet<string>> _entered = [];
        private string? _stoppedBy;
        private int _paths;

        public async Task ExploreAsync(ExploreEntry entry, CancellationToken cancellationToken)
        {
            // A flow an earlier entry's calls already entered (by a transfer) is explored from there, not as an entry of its own.
            if (_coverage.Ran(entry.Flow, entry.Flow.StartAction)) return;
            var kept = _kept[entry] = [];
            _entered[entry] = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Queue<Pending>(explorer.Seeds(entry, options).Select(s => new Pending(s.Call, s.Choice, null)));
            while (pending.TryDequeue(out var next))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (next.For is { } aim && _coverage.Took(aim.Flow, aim.ActionId, aim.Branch)) continue;
                if (!_played.Add(Key(next.Call) + "\n" + string.Join('\u001f', next.Faults)))
                {
                    // Played already (for another branch): it was tried for this one too, and did not take it.
                    if (next.For is { } again) Tried(again.Flow, again.ActionId, again.Branch, next.Name);
                    continue;
                }

                if (Bound() is { } bound)
                {
                    _stoppedBy ??= bound;
                    pending.Enqueue(next);
                    Unfinished(pending);
                    return;
                }

                _paths++;
                var scenario = new Scenario(next.Name, null, 0, next.Call, next.Faults, new ScenarioExpectation());
                var outcome = await explorer._runner.RunAsync(scenario, cancellationToken);
                if (next.For is { } tried) Tried(tried.Flow, tried.ActionId, tried.Branch, next.Name);
                var result = outcome.Result;
                var isNew = result.Visits.Any(v => !_coverage.Ran(v.Flow, v.ActionId) || (v.Branch is { } b && !_coverage.Took(v.Flow, v.ActionId, b)));
                _coverage.Add(result);
                foreach (var visit in LeftTheFlow(result)) _leftWithoutTransition.Add((Key(visit.Flow), visit.ActionId));
                _entered[entry].UnionWith(result.Visits.Select(v => v.Flow.Name));
                NoteLoop(next.Name, result);
                if (!isNew) continue;
                kept.Add(scenario with { Name = $"{kept.Count + 1:00} {next.Name}", Expect = ExpectationOf(result) });
                foreach (var candidate in Choices(next, result)) pending.Enqueue(candidate);
            }
        }

        /// <summary>For every action the call ran, every branch not taken yet, the choosers' calls for it.</summary>
        private IEnumerable<Pending> Choices(Pending from, CallResult result)
        {
            var seen = new HashSet<(FlowModel, string)>();
            foreach (var visit in result.Visits)
            {
                if (!seen.Add((visit.Flow, visit.ActionId)) || visit.Flow.FindAction(visit.ActionId) is not { } action) continue;
                var point = new ChoicePoint(from.Call, result, visit, action, explorer._center.Instance) { Faults = from.Faults };
                foreach (var branch in TransitionChoice.Branches(action.Transitions).Select(b => b.Label).Distinct(StringComparer.Ordinal))
                {
                    if (_coverage.Took(visit.Flow, visit.ActionId, branch)) continue;
                    var deciders = explorer._choosers.Where(c => c.Decides(action.Type)).ToList();
                    // The fault chooser decides every type's error branches only; for any other branch it is no input for this type.
                    if (!deciders.Any(c => c is not ActionFaultChooser) && action.Transitions.FindError(branch) is null)
                    {
                        Reason(visit.Flow, visit.ActionId, branch,
                            $"{action.Type}'s branches are decided by none of the inputs dcc explore chooses (keys, time, agents, queue, mocks, data)");
                        continue;
                    }

                    var any = false;
                    foreach (var candidate in deciders.SelectMany(c => c.Candidates(point, branch)))
                    {
                        any = true;
                        yield return new Pending(candidate.Call, $"{from.Name}; {candidate.Choice}", (visit.Flow, visit.ActionId, branch))
                        {
                            Faults = candidate.Faults ?? from.Faults,
                        };
                    }

                    if (!any) Reason(visit.Flow, visit.ActionId, branch, $"no input found that could make this {action.Type} take {branch}");
                }
            }
        }

        private string? Bound()
        {
            if (_paths >= options.MaxPaths) return $"stopped after --max-paths {options.MaxPaths} calls";
            return explorer._center.Clock.GetElapsedTime(started) >= options.TimeLimit ? $"stopped at --time-limit {options.TimeLimit.TotalSeconds:0.#} s" : null;
        }

        /// <summary>Branches still waiting for a call when a bound stopped exploration.</summary>
        private void Unfinished(IEnumerable<Pending> pending)
        {
            foreach (var aim in pending.Select(p => p.For).OfType<(FlowModel Flow, string ActionId, string Branch)>())
            {
                if (!_coverage.Took(aim.Flow, aim.ActionId, aim.Branch)) _reasons.TryAdd(ExploreResult.Key(aim.Flow, aim.ActionId, aim.Branch), $"not tried: exploration {_stoppedBy}");
            }
        }

        private void Tried(FlowModel flow, string actionId, string branch, string name)
        {
            var key = ExploreResult.Key(flow, actionId, branch);
            if (!_tried.TryGetValue(key, out var list)) _tried[key] = list = [];
            list.Add(name[(name.LastIndexOf("; ", StringComparison.Ordinal) + 2)..]);
        }

        private void Reason(FlowModel flow, string actionId, string branch, string reason) => _reasons.TryAdd(ExploreResult.Key(flow, actionId, branch), reason);

        /// <summary>A call stopped at the step limit: the flow loops with the inputs chosen. Reported once per loop.</summary>
        private void NoteLoop(string name, CallResult result)
        {
            if (!result.Diagnostics.Any(d => d.Code == FlowMessages.StepLimitExceeded.Code)) return;
            var loop = result.Visits.TakeLast(64).Select(v => $"{v.Flow.Name}/'{v.ActionId}'").Distinct(StringComparer.Ordinal).ToList();
            if (_loops.Add(string.Join(' ', loop.Order(StringComparer.Ordinal))))
            {
                _notes.Add($"cycle: the call \"{name}\" ran {result.Steps - 1} actions without ending, looping through {string.Join(" → ", loop)}; "
                    + $"it ended at the step limit ({FlowMessages.StepLimitExceeded.Code}) and exploration went on");
            }
        }

        /// <summary>Actions the call left its flow at when they succeeded: a transfer (a later visit follows) or a normal end (queued,
        /// transferred, disconnected, ended). Not a call the caller abandoned or an error stopped: there the action was cut off; nor a
        /// module, which comes back to its NextAction when it returns Success.</summary>
        private static IEnumerable<ActionVisit> LeftTheFlow(CallResult result)
        {
            var ended = result.Outcome is CallOutcome.Queued or CallOutcome.Transferred or CallOutcome.Disconnected or CallOutcome.Ended;
            for (var i = 0; i < result.Visits.Length; i++)
            {
                var visit = result.Visits[i];
                if (visit.Branch is null && visit.ActionType != ActionTypes.InvokeFlowModule && (i < result.Visits.Length - 1 || ended)) yield return visit;
            }
        }

        /// <summary>A flow's identity, as coverage knows it (by file, else by name).</summary>
        private static string Key(FlowModel flow) => flow.File ?? "\n" + flow.Name;

        /// <summary>The reason for a branch calls were played for in vain: how many, and the first few distinct choices.</summary>
        private static string Tried(List<string> choices)
        {
            var distinct = choices.Distinct(StringComparer.Ordinal).ToList();
            return $"tried {choices.Count} call(s) ({string.Join(", ", distinct.Take(3))}{(distinct.Count > 3 ? ", ..." : "")}); none took it";
        }

        /// <summary>A call's identity: records holding immutable collections compare them by reference, so the played set keys on text.</summary>
        private static string Key(ScenarioCall call)
        {
            static string Pairs<T>(IEnumerable<KeyValuePair<string, T>> pairs) => string.Join(',', pairs.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
            var mocks = string.Join(',', call.Mocks.Select(m => $"{m.Target}=>{string.Join('|', m.Answers)}"));
            return string.Join('\n', call.Number, call.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture), call.StartFlow, call.Input,
                Pairs(call.Agents), Pairs(call.ContactsInQueue), Pairs(call.Attributes), call.Seed, mocks,
                // What the caller says and the channel are choices too (LexIntentChooser, WaitChannelChooser).
                string.Join('\u001f', call.Utterances), call.Channel, call.Start?.External?.GetRawText(), Pairs(call.Stubs));
        }

        /// <summary>What the call did, as the expectations of its scenario: the outcome, the queue and every prompt heard, exactly.</summary>
        private static ScenarioExpectation ExpectationOf(CallResult result) => new()
        {
            Outcome = result.Outcome,
            Queue = result.Queue?.Name,
            Prompts = [.. result.Prompts.Select(p => PromptExpectation.Exact(p.Text))],
        };

        public ExploreResult Result(IReadOnlyList<ExploreEntry> entries)
        {
            var report = _coverage.Report();
            var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var flow in report.Flows)
            {
                foreach (var gap in flow.Uncovered)
                {
                    var key = ExploreResult.Key(flow.Flow, gap.ActionId, gap.Branch);
                    var action = flow.Flow.FindAction(gap.ActionId);
                    reasons[key] = gap.Branch is null ? "no explored call reached this action"
                        : !_coverage.Ran(flow.Flow, gap.ActionId) ? "no explored call reached this action"
                        : gap.Branch == TransitionChoice.NextAction && action is { Transitions.Conditions.IsEmpty: false }
                            ? CoverageExclusion.Reasons.ConditionsDecide
                        : gap.Branch == TransitionChoice.NextAction && _leftWithoutTransition.Contains((Key(flow.Flow), gap.ActionId))
                            ? CoverageExclusion.Reasons.EndsTheCall
                        : _reasons.TryGetValue(key, out var known) ? known
                        : _tried.TryGetValue(key, out var tried) ? Tried(tried)
                        : "no chooser offered a call for it";
                }
            }

            var notes = new List<string>(_notes);
            if (_stoppedBy is not null) notes.Add($"exploration {_stoppedBy}; branches still waiting are listed as not tried");
            var unreachable = UnreachableBranches.Find(report, (flow, actionId) => _leftWithoutTransition.Contains((Key(flow.Flow), actionId)));
            return new ExploreResult([.. entries.Select(e => new ExploredScenarios(e, [.. _kept.GetValueOrDefault(e) ?? []])
                {
                    Unreachable = [.. unreachable.Where(u => _entered.TryGetValue(e, out var entered) && entered.Contains(u.Flow))],
                })], report,
                reasons.ToImmutableDictionary(StringComparer.Ordinal), [.. notes], _paths);
        }
    }
}
