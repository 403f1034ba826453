using System.CommandLine;
using DynamicContactCenter.Flows.Execution;

namespace DynamicContactCenter.Cli.Options;

/// <summary>The inputs of one simulated call, declared once for <c>dcc call</c> and <c>dcc graph --call</c> and read into one
/// <see cref="CallRequest"/>: caller, time, agent states, key presses, environment, seed, and the instance model they run on.</summary>
/// <remarks>Every value is checked while the command line is parsed (Cli/Options), so a bad one exits 2 before anything runs. The
/// dialed number is declared by each command (an argument of <c>call</c>, the <c>--call</c> option of <c>graph</c>) with
/// <see cref="DialedNumberValue"/>, and handed to <see cref="Read"/>.</remarks>
internal sealed class CallOptions
{
    private readonly CliContext _context;

    public CallOptions(CliContext context)
    {
        _context = context;
        Instance = CommonOptions.Instance();
        From = new Option<string>("--from") { Description = "The caller's number (E.164).", DefaultValueFactory = _ => CallRequest.DefaultCallerNumber };
        At = CallTimeOption.Create("When the call happens");
        Agents = AgentStatusOption.Create(context, Instance);
        Input = new Option<string>("--input")
        {
            Description = "The keys the caller presses, in order; a comma is a pause (a menu times out on it).",
            DefaultValueFactory = _ => "",
        };
        Environment = new Option<string?>("--environment") { Description = "The routing environment (the ${Environment} placeholder), e.g. prod or dev." };
        Seed = new Option<int>("--seed") { Description = "Seed for random choices (DistributeByPercentage), so runs repeat." };
        Mocks = MockOption.Create(context);
        Strict = MockOption.Strict();
        Say = CallerModelOptions.Say();
        Patience = CallerModelOptions.Patience();
        Channel = CallerModelOptions.Channel();
        Start = new StartStateOptions(context);
        CallerServices = new CallerServiceOptions();
        Wait = WaitOption.Create();
        Hold = WaitOption.Hold();
    }

    /// <summary><c>--instance</c>: the instance model file, or null for the shipped one.</summary>
    public Option<string?> Instance { get; }

    public Option<string> From { get; }

    public Option<DateTimeOffset?> At { get; }

    public Option<IReadOnlyDictionary<string, Flows.Instance.AgentStatus>> Agents { get; }

    public Option<string> Input { get; }

    public Option<string?> Environment { get; }

    public Option<int> Seed { get; }

    /// <summary><c>--mock NAME=FILE</c>: answers for Lambda functions.</summary>
    public Option<System.Collections.Immutable.ImmutableArray<FunctionMock>> Mocks { get; }

    /// <summary><c>--strict</c>: unknown references are errors.</summary>
    public Option<bool> Strict { get; }

    /// <summary><c>--say WORDS</c>: what the caller says, one per Lex turn.</summary>
    public Option<System.Collections.Immutable.ImmutableArray<string>> Say { get; }

    /// <summary><c>--patience N</c>: unanswered prompts before the caller hangs up.</summary>
    public Option<int> Patience { get; }

    /// <summary><c>--channel VOICE|CHAT|TASK</c>.</summary>
    public Option<string> Channel { get; }

    /// <summary><c>--external</c>, <c>--attribute</c>, <c>--flow-attribute</c>: the start state of a flow entered mid-journey.</summary>
    public StartStateOptions Start { get; }

    /// <summary><c>--voice-id</c>, <c>--voice-id-fraud-risk</c>, <c>--outbound-status</c>: what services say about the caller.</summary>
    public CallerServiceOptions CallerServices { get; }

    /// <summary><c>--wait 90s</c>: how long the caller waits in queue while the customer queue flow plays.</summary>
    public Option<TimeSpan?> Wait { get; }

    /// <summary><c>--hold 30s</c>: after an agent answers, how long the caller is on hold while the hold flows play.</summary>
    public Option<TimeSpan?> Hold { get; }

    /// <summary>Adds every option of the group to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { From, At, Agents, Input, Environment, Instance, Seed, Mocks, Strict, Say, Patience, Channel, Wait, Hold }) command.Options.Add(option);
        foreach (var option in Start.All) command.Options.Add(option);
        foreach (var option in CallerServices.All) command.Options.Add(option);
    }

    /// <summary>The call the options describe, to <paramref name="number"/> (already checked by <see cref="DialedNumberValue"/>).</summary>
    public CallRequest Read(ParseResult parseResult, string number)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var placeholders = new Dictionary<string, string>(StringComparer.Ordinal);
        if (parseResult.GetValue(Environment) is { } environment) placeholders["Environment"] = environment;
        return CallerServices.Apply(parseResult, Start.ApplyTo(new CallRequest(number, parseResult.GetRequiredValue(From), CallTimeOption.Read(parseResult, At, _context))
        {
            AgentStatusOverrides = parseResult.GetRequiredValue(Agents),
            InputDigits = parseResult.GetRequiredValue(Input),
            Placeholders = placeholders,
            Seed = parseResult.GetValue(Seed),
            Mocks = parseResult.GetValue(Mocks),
            Strict = parseResult.GetValue(Strict),
            Utterances = parseResult.GetValue(Say),
            Patience = parseResult.GetValue(Patience),
            Channel = parseResult.GetRequiredValue(Channel),
            QueueWait = parseResult.GetValue(Wait),
            Hold = parseResult.GetValue(Hold),
        }, parseResult));
    }
}
