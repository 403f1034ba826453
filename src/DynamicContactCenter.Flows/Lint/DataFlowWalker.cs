using System.Collections.Immutable;
using System.Text;
using DynamicContactCenter.Flows.Catalog;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Expressions;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Flows.Transcript;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Routing.SessionAttributes;

namespace DynamicContactCenter.Flows.Lint;

/// <summary>Walks every path of the flows for every <see cref="DataClass"/> of the routing data's cases (<see cref="DataCase"/>; once per class,
/// for its first member) and records what each action reads and
/// gets. The actions run through the interpreter's own executors (<see cref="BranchExplorer"/>) on forks of a contact made for the case
/// (its number, the <c>${Environment}</c> of its environment), so lint and a call cannot disagree about what a parameter, a reference
/// or the event sent to a Lambda function means; the flows' functions are the real handlers (from the CLI) behind an
/// <see cref="ILambdaInvoker"/>. Every branch is followed (conditions and errors alike): lint asks what <em>can</em> happen.</summary>
/// <remarks>A Lambda call's success path continues with its response as <c>$.External</c>, its error paths with the contact as it was.
/// Each distinct (action, state) is visited once, so loops end.</remarks>
internal sealed class DataFlowWalker(InstanceModel instance, IReadOnlyDictionary<string, LintedFlow> flows, ILambdaInvoker invoker)
{
    /// <summary>A number that no DialedNumbers row lists, for walking the <c>default</c> row (555-01xx numbers are fictional).</summary>
    public const string UnlistedNumber = "+15555550199";

    private const int MaxStatesPerCase = 20_000;

    /// <summary>The walk's contacts need a time, not the present one (libraries do not read the clock): every hours branch is followed
    /// whatever the time says.</summary>
    private static readonly DateTimeOffset WalkTime = DateTimeOffset.UnixEpoch;

    private readonly WalkFlows _flows = new(instance, flows);
    private readonly WalkInvoker _functions = new(invoker, instance);
    private readonly LambdaFunctionResolver _functionResolver = new(instance);
    private readonly Dictionary<(FlowModel, string?, string), BoundFlow> _bound = [];

    /// <summary>The cases of <paramref name="routing"/>: every DialedNumbers row × every environment.</summary>
    public static ImmutableArray<DataCase> Cases(RoutingData routing, InstanceModel instance)
    {
        var environments = routing.Environments.Select(e => e.Environment).ToList();
        if (environments.Count == 0) environments.Add(instance.Placeholders.GetValueOrDefault("Environment") ?? "prod");
        return [.. from row in routing.DialedNumbers
                   from environment in environments
                   select new DataCase(row.Number == DialedNumber.DefaultKey ? UnlistedNumber : row.Number, row.Number, row.Language, environment)];
    }

    /// <summary>Walks each class once, for its first member (<see cref="DataClasses"/>); the observations hold for every member.</summary>
    /// <remarks>A member's Lambda responses differ from the walked member's only by the length of its name and number, which matters
    /// only near Connect's response limit (DCC5204 reports the largest size): a class whose largest response comes within reach of the
    /// limit is walked number by number instead, so that finding's numbers and sizes stay exact. The classes' observations are then
    /// put in the order of each class's first case, the order a per-number walk would have produced them in (the rules group by
    /// first appearance).</remarks>
    /// <param name="classes">The classes to walk.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <param name="walked">Called once per case (each member of a class) when it is done, walked or skipped, for a progress display.</param>
    public async Task<IReadOnlyList<WalkObservation>> WalkAsync(IEnumerable<DataClass> classes, CancellationToken cancellationToken, Action? walked = null)
    {
        var done = new List<(DataClass Class, List<WalkObservation> Observations)>();
        foreach (var dataClass in classes)
        {
            var observations = await WalkClassAsync(dataClass, cancellationToken);
            if (dataClass.Members.Length > 1 && NearResponseLimit(dataClass, observations))
            {
                for (var i = 0; i < dataClass.Members.Length; i++)
                {
                    var single = new DataClass([dataClass.Members[i]], [dataClass.Positions[i]], dataClass.VariableBytes);
                    done.Add((single, await WalkClassAsync(single, cancellationToken)));
                }
            }
            else
            {
                done.Add((dataClass, observations));
            }

            for (var i = 0; i < dataClass.Members.Length; i++)
            {
                walked?.Invoke();
            }
        }

        return [.. done.OrderBy(w => w.Class.First).SelectMany(w => w.Observations)];
    }

    /// <summary>Each of name and number appears at most twice in a folded response (the session string and the response around it),
    /// and JSON escaping, nested once, makes at most 12 bytes of one; 2 × 2 × 12 bounds how much longer a member's response can be.</summary>
    private static bool NearResponseLimit(DataClass dataClass, List<WalkObservation> observations) =>
        observations.OfType<LambdaCall>().Any(c => c.ResponseBytes + 48 * dataClass.VariableBytes >= SessionAttributeFold.ResponseLimitBytes);

    private async Task<List<WalkObservation>> WalkClassAsync(DataClass dataClass, CancellationToken cancellationToken)
    {
        var observations = new List<WalkObservation>();
        var startReference = instance.PhoneNumbers.GetValueOrDefault(dataClass.Representative.Number) ?? instance.DefaultFlow;
        if (startReference is null || _flows.Resolve(startReference) is not { Succeeded: true } start) return observations;
        await WalkCaseAsync(dataClass, start, observations, cancellationToken);
        return observations;
    }

    private async Task WalkCaseAsync(DataClass dataClass, FlowResolution start, List<WalkObservation> observations, CancellationToken cancellationToken)
    {
        var dataCase = dataClass.Representative;
        var request = new CallRequest(dataCase.Number, CallRequest.DefaultCallerNumber, WalkTime)
        {
            Placeholders = new Dictionary<string, string>(StringComparer.Ordinal) { ["Environment"] = dataCase.Environment },
        };
        var placeholders = FlowBinder.Placeholders(request.Placeholders, instance);
        BoundFlow Bind(FlowResolution flow)
        {
            var key = (flow.Flow!, flow.Arn, dataCase.Environment);
            if (!_bound.TryGetValue(key, out var bound)) _bound[key] = bound = FlowBinder.Bind(flow, placeholders);
            return bound;
        }

        var explorer = new BranchExplorer(Bind);
        var contact = new CallContext(request, instance, _flows, _functions, InterpreterOptions.Default, _functionResolver);
        contact.Run = new FlowRun(Bind(start), null, null);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<WalkObservation>();
        var pending = new Stack<WalkState>();
        pending.Push(new WalkState(start.Flow!.StartAction, contact, false, ImmutableHashSet<string>.Empty.WithComparer(StringComparer.Ordinal), null));
        while (pending.TryPop(out var state) && visited.Count < MaxStatesPerCase)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!visited.Add(state.Signature) || state.Contact.Run.Flow.Find(state.ActionId) is not { } action) continue;
            var flow = _flows.Linted(state.Contact.Run.Flow);
            foreach (var observation in Reads(dataClass, flow, state, action.Action))
            {
                if (seen.Add(observation)) observations.Add(observation);
            }

            _functions.LastResponseJson = null;
            var step = await explorer.StepAsync(state.Contact, action, cancellationToken);
            var afterCall = Called(dataClass, flow, state, step, observations);
            foreach (var branch in step.Branches)
            {
                var next = state with { ActionId = branch.Target, Contact = branch.Contact };
                // Branches that carry the contact as it was (errors) keep what the walk knew of $.External.
                pending.Push(afterCall is not null && !ReferenceEquals(branch.Contact, state.Contact) ? afterCall(next) : next);
            }
        }
    }

    /// <summary>Every <c>$.External</c> / <c>$.Attributes</c> key the action's parameters read (as written, before placeholders), whether
    /// the contact has it here, and every reference's value inside SSML.</summary>
    private static IEnumerable<WalkObservation> Reads(DataClass dataClass, LintedFlow flow, WalkState state, FlowAction action)
    {
        IFlowValues values = state.Contact;
        foreach (var (field, value) in ParameterStrings.Enumerate(action.Parameters))
        {
            var ssml = field.EndsWith(".SSML", StringComparison.OrdinalIgnoreCase);
            foreach (var path in AttributePath.FindAll(value))
            {
                var root = path.Root.ToUpperInvariant() switch { "EXTERNAL" => "External", "ATTRIBUTES" => "Attributes", _ => null };
                if (path.Segments.Length >= 2 && root is not null)
                {
                    var key = path.Segments[1];
                    var external = root == "External";
                    if (!(external && state.ExternalUnknown))
                    {
                        var present = values.Resolve(new AttributePath([root, key], path.Text)) is not null;
                        yield return new ReferenceRead(dataClass, flow, action.Identifier, field, path.Text, root, key, present,
                            external && state.EarlierExternalKeys.Contains(key), state.ExternalSetBy);
                    }
                }

                if (ssml && values.Resolve(path) is { } resolved)
                {
                    yield return new SsmlInterpolation(dataClass, flow, action.Identifier, field, path.Text, resolved);
                }
            }
        }
    }

    /// <summary>Records the Lambda call the step made, if any, and returns how its success branches update what the walk knows of
    /// <c>$.External</c>; null when the step called nothing.</summary>
    private Func<WalkState, WalkState>? Called(DataClass dataClass, LintedFlow flow, WalkState state, ExploredStep step, List<WalkObservation> observations)
    {
        if (step.After.Events.OfType<LambdaCalledEvent>().FirstOrDefault() is not { } call) return null;
        var actionId = state.ActionId;
        if (call.ServedBy == "unknown")
        {
            observations.Add(new LambdaCall(dataClass, flow, actionId, call.Function, false, "unknown function", 0));
            return next => next with { ExternalUnknown = true, ExternalSetBy = actionId };
        }

        var response = _functions.LastResponseJson ?? (call.ServedBy == "stub" ? _functionResolver.Resolve(call.Function).Definition?.StubResponseJson : null);
        var bytes = response is null ? 0 : Encoding.UTF8.GetByteCount(response);
        // An oversized response is DCC5204's finding (ResponseSizeRule), not also a failed call.
        var error = bytes >= SessionAttributeFold.ResponseLimitBytes ? null : call.Error;
        observations.Add(new LambdaCall(dataClass, flow, actionId, call.FunctionName ?? call.Function, true, error, bytes));
        var earlier = state.Contact.Run.External is { ValueKind: System.Text.Json.JsonValueKind.Object } previous
            ? previous.EnumerateObject().Select(p => p.Name) : [];
        return next => next with { ExternalUnknown = false, EarlierExternalKeys = state.EarlierExternalKeys.Union(earlier), ExternalSetBy = actionId };
    }
}
