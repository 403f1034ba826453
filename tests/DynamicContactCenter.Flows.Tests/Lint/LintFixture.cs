using System.Collections.Immutable;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Lint;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Flows.Tests.Lint;

/// <summary>The shipped flows, instance model and a copy of the shipped routing data (built in code: the Flows tests do not reference
/// Storage), and shortcuts to lint them or seeded variants.</summary>
internal static class LintFixture
{
    private const string QueueArn = "arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-0000-0000-0000-00000000000";

    private static readonly string[] ShippedNames = ["InitFlow", "LanguageFlow", "MainFlow"];

    public static string Root { get; } = FindRoot();

    public static string FlowFile(string name) => Path.Combine(Root, "flows", name + ".json");

    public static InstanceModel Instance { get; } = InstanceModelLoader.LoadFile(Path.Combine(Root, "config", "instance.yaml")).Value!;

    public static ImmutableArray<LintedFlow> ShippedFlows =>
        [.. ShippedNames.Select(n => LintedFlow.FromFile(FlowFile(n), n))];

    /// <summary>The shipped flows with <paramref name="name"/> replaced by <paramref name="json"/>.</summary>
    public static ImmutableArray<LintedFlow> WithFlow(string name, string json) =>
        [.. ShippedFlows.Select(f => f.Name == name ? LintedFlow.FromText(json, name, file: f.File) : f)];

    /// <summary>The shipped flow's text with <paramref name="from"/> replaced by <paramref name="to"/> (which must change it).</summary>
    public static string Edit(string name, string from, string to)
    {
        var text = File.ReadAllText(FlowFile(name));
        text.ShouldContain(from);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    public static RoutingData Routing(string organisation = "Alpha to Zulu Corp", string? extraEnglishIntro = null) => new(
        organisation, "English",
        [
            new EnvironmentEntry("prod", ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string>
            {
                ["getDynamicAttributes"] = "arn:aws:lambda:us-east-1:123456789012:function:dcc-prod-GetDynAttributes",
                ["getPrompts"] = "arn:aws:lambda:us-east-1:123456789012:function:dcc-prod-GetPrompts",
            })),
        ],
        [
            new DialedNumber("+14443330000", "English line", QueueArn + "1", "English"),
            new DialedNumber("+14443331111", "Spanish line", QueueArn + "2", "Spanish"),
            new DialedNumber("default", "Main line", QueueArn + "1", "English"),
        ],
        [Language("English", "Joanna", "en-US", $"Thank you for calling {organisation}.{extraEnglishIntro}"), Language("Spanish", "Lupe", "es-US", $"Gracias por llamar a {organisation}.")]);

    public static PromptSet Language(string name, string voice, string code, string intro) =>
        new(name, voice, code, ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
            PromptNames.All.Select(p => KeyValuePair.Create(p, p == PromptNames.Intro ? intro : $"{name} {p}."))));

    public static Task<LintReport> LintAsync(ImmutableArray<LintedFlow> flows, RoutingData? routing = null, RoutingDataFunctions? functions = null, bool walkEachNumber = false)
    {
        routing ??= Routing();
        return FlowLinter.LintAsync(new LintRequest(flows, Instance)
        {
            Routing = routing,
            RoutingFile = "routing.yaml",
            RoutingDiagnostics = DynamicContactCenter.Routing.Validation.RoutingValidator.Validate(routing, "routing.yaml"),
            Functions = functions ?? new RoutingDataFunctions(routing),
            WalkEachNumber = walkEachNumber,
        }, CancellationToken.None);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DynamicContactCenter.slnx"))) return dir.FullName;
        }

        throw new InvalidOperationException("repository root not found");
    }
}
