using System.Globalization;
using System.Text;
using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Expressions;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Transcript;
using DynamicContactCenter.Routing.Diagnostics;
using NodaTime;

namespace DynamicContactCenter.Flows.Execution;

/// <summary>All state of one call (contact-level and the current flow run), the transcript being written, and the services executors
/// use. Executors never keep state of their own. It is the contact's <see cref="IFlowValues"/>: every <c>$.</c> reference of a call,
/// and of the lint walk's forks (<see cref="Fork"/>), reads through <see cref="ResolvePath"/>.</summary>
internal sealed class CallContext : IFlowValues
{
    private int _inputCursor;

    public CallContext(CallRequest request, InstanceModel instance, IFlowResolver catalog, ILambdaInvoker invoker, InterpreterOptions options,
        LambdaFunctionResolver functions)
    {
        Request = request;
        Instance = instance;
        Catalog = catalog;
        Invoker = invoker;
        Options = options;
        Functions = functions;
        Random = new Random(request.Seed);
        Now = Instant.FromDateTimeOffset(request.At);
        var bytes = new byte[16];
        Random.NextBytes(bytes);
        ContactId = new Guid(bytes).ToString();
        foreach (var (key, value) in request.InitialAttributes) Attributes[key] = value;
        CustomerData = new CustomerDataStore(instance, request.CustomerData);
    }

    /// <summary>A copy of <paramref name="source"/>'s contact and flow-run state with an empty transcript (see <see cref="Fork"/>).</summary>
    private CallContext(CallContext source)
    {
        Request = source.Request;
        Instance = source.Instance;
        Catalog = source.Catalog;
        Invoker = source.Invoker;
        Options = source.Options;
        Functions = source.Functions;
        // A fork draws from a fresh generator with the call's seed: forks repeat whatever order they run in.
        Random = new Random(source.Request.Seed);
        Now = source.Now;
        ContactId = source.ContactId;
        LanguageCode = source.LanguageCode;
        Voice = source.Voice;
        TargetQueue = source.TargetQueue;
        Attributes = new(source.Attributes, StringComparer.Ordinal);
        Tags = new(source.Tags, StringComparer.Ordinal);
        EventHooks = new(source.EventHooks, StringComparer.Ordinal);
        CallbackNumber = source.CallbackNumber;
        LoopCounters = new(source.LoopCounters, StringComparer.Ordinal);
        FlowTransfers = source.FlowTransfers;
        MockInvocations = new(source.MockInvocations, ReferenceEqualityComparer.Instance);
        Steps = source.Steps;
        Run = source.Run?.Fork()!;
        Action = source.Action;
        _inputCursor = source._inputCursor;
        _utteranceCursor = source._utteranceCursor;
        UnansweredPrompts = source.UnansweredPrompts;
        CustomerData = source.CustomerData.Fork();
        Customer = new(source.Customer, StringComparer.Ordinal);
        Case = new(source.Case, StringComparer.Ordinal);
        VoiceIdStreaming = source.VoiceIdStreaming;
    }

    public CallRequest Request { get; }
    public InstanceModel Instance { get; }
    public IFlowResolver Catalog { get; }
    public ILambdaInvoker Invoker { get; }
    public InterpreterOptions Options { get; }
    public LambdaFunctionResolver Functions { get; }
    public Random Random { get; }

    /// <summary>The virtual clock: the call's time plus any Wait.</summary>
    public Instant Now { get; set; }

    public List<TranscriptEvent> Events { get; } = [];
    public List<Diagnostic> Diagnostics { get; } = [];

    // Contact-level state: shared by every flow and module of the contact.
    public string ContactId { get; }
    public string Channel => Request.Channel;
    public string LanguageCode { get; set; } = "en-US";
    public string Voice { get; set; } = VoiceCatalog.DefaultVoice;
    public QueueDefinition? TargetQueue { get; set; }
    public Dictionary<string, string> Attributes { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> EventHooks { get; } = new(StringComparer.Ordinal);
    public string? CallbackNumber { get; set; }
    public Dictionary<string, int> LoopCounters { get; } = new(StringComparer.Ordinal);
    public int FlowTransfers { get; set; }
    public int Steps { get; set; }

    /// <summary>The virtual clock of the wait in queue while a hook flow runs (<c>--wait</c>), else null. Only then do prompts take
    /// time: in the inbound flows the clock stays at the call's time, so hours checks see the time the call was made.</summary>
    public Queueing.QueueClock? QueueClock { get; set; }

    /// <summary>Actions run by hook flows while the clock of the wait bounded them: the step limit counts the others only.</summary>
    public int StepsInQueue { get; set; }

    /// <summary>True while the agent whisper flow runs: its prompts are for the agent, not the caller.</summary>
    public bool AgentListens { get; set; }

    /// <summary>How long the caller waited in queue before an agent answered, when one did.</summary>
    public TimeSpan? AnsweredAfter { get; set; }

    /// <summary>How often each of the call's mocks has answered (a sequence mock's next answer; unused mocks are reported).</summary>
    public Dictionary<FunctionMock, int> MockInvocations { get; } = new(ReferenceEqualityComparer.Instance);

    // Where the call is.
    public FlowRun Run { get; set; } = null!;
    public BoundAction Action { get; set; } = null!;
    public string FlowName => Run is null ? "(call)" : Run.Flow.Name;

    public void Emit(TranscriptEvent e) => Events.Add(e);

    /// <summary>An independent copy of the contact as it is now (attributes, queue, language, the current flow run with its
    /// <c>$.External</c>, the keys still to press), with an empty transcript: what the lint walk and exploration run one branch on.
    /// The calling module runs are shared, not copied: a fork never returns into them.</summary>
    public CallContext Fork() => new(this);

    /// <summary>What Connect sends of this contact to a Lambda function (<see cref="ContactFlowEventWriter"/>).</summary>
    public ContactSnapshot Snapshot() => new(ContactId, Channel, Request.CallerNumber, Request.DialedNumber, Instance.InstanceArn, LanguageCode, Attributes)
    {
        QueueName = TargetQueue?.Name,
        QueueArn = TargetQueue?.Arn,
    };

    /// <summary>After a TransferToFlow has started <see cref="Run"/> in the target flow: what of <paramref name="previous"/> carries over.
    /// Flow attributes never do; <c>$.External</c> and stored input per the options (Uncertain in the reference).</summary>
    public void CarryAcrossTransfer(FlowRun previous)
    {
        if (Options.KeepExternalAcrossTransfer) Run.External = previous.External;
        if (Options.KeepStoredInputAcrossTransfer) Run.StoredCustomerInput = previous.StoredCustomerInput;
    }

    /// <summary>Gives the first flow run the start state of a flow entered mid-journey (<see cref="CallRequest.InitialExternal"/>,
    /// <see cref="CallRequest.InitialFlowAttributes"/>); contact attributes are the contact's and set in the constructor.</summary>
    public void ApplyStartState()
    {
        if (Request.InitialExternal is { } external) Run.External = external;
        foreach (var (key, value) in Request.InitialFlowAttributes) Run.FlowAttributes[key] = value;
    }

    /// <summary>Records a diagnostic in the result and, at this point, in the transcript.</summary>
    public void Report(Diagnostic diagnostic)
    {
        Diagnostics.Add(diagnostic);
        Events.Add(new DiagnosticEvent(diagnostic.Location.Flow ?? FlowName, diagnostic.Location.ActionId, diagnostic));
    }

    /// <summary>A diagnostic about the current action's <paramref name="field"/>.</summary>
    public Diagnostic Diagnostic(string code, Severity severity, string? field, string format, params object?[] args) =>
        new(code, severity, DiagnosticLocation.InFlow(Run?.Flow.Model.File, FlowName, Action?.Id, field), string.Format(CultureInfo.InvariantCulture, format, args));

    /// <summary>Takes the next menu key, or null on timeout (no keys left, or a pause).</summary>
    public char? TakeKey()
    {
        var digits = Request.InputDigits;
        if (_inputCursor >= digits.Length) return null;
        var key = digits[_inputCursor++];
        return key == ',' ? null : key;
    }

    /// <summary>Takes keys for store mode: up to the terminator (consumed), <paramref name="maxLength"/> keys, a pause or the end.
    /// Returns null when no key came at all (a timeout).</summary>
    public string? TakeDigits(string terminator, int maxLength, bool cancelEnabled)
    {
        var digits = Request.InputDigits;
        if (_inputCursor >= digits.Length) return null;
        var taken = new StringBuilder();
        while (_inputCursor < digits.Length && taken.Length < maxLength)
        {
            if (terminator.Length > 0 && string.CompareOrdinal(digits, _inputCursor, terminator, 0, terminator.Length) == 0)
            {
                _inputCursor += terminator.Length;
                return taken.ToString();
            }

            var key = digits[_inputCursor++];
            if (key == ',') return taken.ToString();
            if (key == '*' && cancelEnabled) taken.Clear();
            else taken.Append(key);
        }

        return taken.ToString();
    }

    /// <summary>Interpolates references inside free text ("static or dynamic" values). An unresolved reference reads as
    /// <see cref="InterpreterOptions.UnresolvedReferenceText"/> and is reported as a warning.</summary>
    public string Interpolate(string text, string field) =>
        FlowInterpolation.Interpolate(text, this, Options.UnresolvedReferenceText,
            static (path, state) => state.Context.Report(state.Context.Diagnostic(FlowMessages.UnresolvedReference.Code, Severity.Warning, state.Field,
                FlowMessages.UnresolvedReference.Format, path.Text, $"\"{state.Context.Options.UnresolvedReferenceText}\"")),
            (Context: this, Field: field));

    /// <summary>Resolves a "static or single JSONPath" value: the referenced value (null when it has none) or the literal.</summary>
    public string? ResolveValue(string text, string field, out bool dynamic)
    {
        var value = FlowInterpolation.ResolveWhole(text, this, out var path);
        dynamic = path is not null;
        if (path is not null && value is null)
        {
            Report(Diagnostic(FlowMessages.UnresolvedReference.Code, Severity.Warning, field, FlowMessages.UnresolvedReference.Format, path.Text, "no value"));
        }

        return value;
    }

    string? IFlowValues.Resolve(AttributePath path) => ResolvePath(path);

    /// <summary>The value at a flow-data path, or null when it has none.</summary>
    public string? ResolvePath(AttributePath path)
    {
        var rest = path.Segments.RemoveAt(0);
        var key = string.Join('.', rest);
        return path.Root.ToUpperInvariant() switch
        {
            "ATTRIBUTES" => rest.Length == 1 ? Attributes.GetValueOrDefault(rest[0]) : null,
            "FLOWATTRIBUTES" => rest.Length == 1 ? Run.FlowAttributes.GetValueOrDefault(rest[0]) : null,
            "EXTERNAL" => Navigate(Run.External, rest),
            "STOREDCUSTOMERINPUT" => rest.Length == 0 ? Run.StoredCustomerInput : null,
            "METRICS" => Run.Metrics.GetValueOrDefault(key),
            "TAGS" => rest.Length == 1 ? Tags.GetValueOrDefault(rest[0]) : null,
            "LEX" => Run.Lex?.Resolve(rest),
            "CUSTOMER" => Customer.GetValueOrDefault(key),
            "CASE" => Case.GetValueOrDefault(key),
            _ => rest.Length == 0 ? SystemValue(path.Root) : NestedSystemValue(path.Root, key),
        };
    }

    private string? SystemValue(string name) => name switch
    {
        "ContactId" or "InitialContactId" => ContactId,
        "Channel" => Channel,
        "InstanceARN" => Instance.InstanceArn,
        "InitiationMethod" => "INBOUND",
        "LanguageCode" => LanguageCode,
        "TextToSpeechVoiceId" => Voice,
        "AwsRegion" => Instance.Region,
        _ => null,
    };

    private string? NestedSystemValue(string root, string key) => (root, key) switch
    {
        ("CustomerEndpoint", "Address") => Request.CallerNumber,
        ("SystemEndpoint", "Address") => Request.DialedNumber,
        ("CustomerEndpoint" or "SystemEndpoint", "Type") => "TELEPHONE_NUMBER",
        ("Queue", "Name") => TargetQueue?.Name,
        ("Queue", "ARN") => TargetQueue?.Arn,
        _ => null,
    };

    /// <summary>This call's Customer Profiles and Cases: the instance model's records plus the scenario's seed, copy-on-write.</summary>
    public CustomerDataStore CustomerData { get; }

    /// <summary><c>$.Customer.*</c>: the profile fields the last profile action persisted (ProfileId, ProfileARN, ProfileResponseData).
    /// Contact-level, not per flow run: the admin guide says the response fields "are stored in the contact attributes for that customer".</summary>
    public Dictionary<string, string> Customer { get; } = new(StringComparer.Ordinal);

    /// <summary><c>$.Case.*</c>: the case fields the last case action persisted (case_id, CaseResponseFields). Contact-level, as Customer.</summary>
    public Dictionary<string, string> Case { get; } = new(StringComparer.Ordinal);

    private static string? Navigate(JsonElement? root, IReadOnlyList<string> segments)
    {
        if (root is not { } current || segments.Count == 0) return null;
        foreach (var segment in segments)
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child)) current = child;
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                     && index < current.GetArrayLength()) current = current[index];
            else return null;
        }

        return current.ValueKind switch
        {
            JsonValueKind.String => current.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => current.GetRawText(),
        };
    }

    // The caller model (issue #12 item 2): what the caller says, how many prompts in a row went unanswered.
    private int _utteranceCursor;

    /// <summary>Prompts in a row the caller let go unanswered (see <see cref="CallRequest.Patience"/>); an answer resets it.</summary>
    public int UnansweredPrompts { get; set; }


    /// <summary>True when the caller model still has something to say or press (a chat Wait takes CustomerReturned then).</summary>
    public bool HasInputLeft => _utteranceCursor < Request.Utterances.Length || _inputCursor < Request.InputDigits.Length;

    /// <summary>Takes the caller's next utterance, or null when they have nothing left to say (the block times out).</summary>
    public string? TakeUtterance() => _utteranceCursor < Request.Utterances.Length ? Request.Utterances[_utteranceCursor++] : null;
    /// <summary>Every action the call ran, in order, with the branch it left by (coverage and exploration read it).</summary>
    public List<ActionVisit> Visits { get; } = [];

    /// <summary>Records the branch the action just run (the last of <see cref="Visits"/>) left by.</summary>
    public void Took(string branch) => Visits[^1] = Visits[^1] with { Branch = branch };

    /// <summary>True once StartVoiceIdStream ran for the contact: CheckVoiceId needs it (contact-level, like the tags).</summary>
    public bool VoiceIdStreaming { get; set; }
}
