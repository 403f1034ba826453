using DynamicContactCenter.Flows.Catalog;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;

namespace DynamicContactCenter.Flows.Tests.TestSupport;

/// <summary>Writes flows and a small instance model to a temporary folder and runs calls through the real interpreter.</summary>
internal sealed class CallHarness : IDisposable
{
    public const string InstanceArn = "arn:aws:connect:us-east-1:123456789012:instance/test";
    public const string EnglishArn = InstanceArn + "/queue/q-english";
    public const string SpanishArn = InstanceArn + "/queue/q-spanish";
    public const string FullArn = InstanceArn + "/queue/q-full";
    public const string LookupArn = "arn:aws:lambda:us-east-1:123456789012:function:dcc-prod-Lookup";
    public const string LookupDevArn = "arn:aws:lambda:us-east-1:123456789012:function:dcc-dev-Lookup";
    public const string StubbedArn = "arn:aws:lambda:us-east-1:123456789012:function:partner-Stubbed";

    /// <summary>Tuesday 2026-03-10 10:00 in New York: inside business hours.</summary>
    public static readonly DateTimeOffset OpenTime = new(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(-4));

    public CallHarness(params (string Name, string Json)[] flows)
        : this("", flows)
    {
    }

    /// <summary>As above, with <paramref name="instanceYaml"/> (more top-level sections, e.g. <c>bots:</c>) added to the instance model.</summary>
    public CallHarness(string instanceYaml, params (string Name, string Json)[] flows)
    {
        Folder = Path.Combine(Path.GetTempPath(), "dcc-flows-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Folder, "flows"));
        var flowEntries = new List<string>();
        foreach (var (name, json) in flows)
        {
            File.WriteAllText(Path.Combine(Folder, "flows", name + ".json"), json);
            flowEntries.Add($"  {name}:\n    arn: {InstanceArn}/contact-flow/{name}-id\n    file: flows/{name}.json");
        }

        InstancePath = Path.Combine(Folder, "instance.yaml");
        File.WriteAllText(InstancePath, instanceYaml + "\n" + InstanceYaml.Replace("  defaultFlow: Main\n", flows.Any(f => f.Name == "Main") ? "  defaultFlow: Main\n" : "", StringComparison.Ordinal) + string.Join("\n", flowEntries) + "\n");
        var loaded = InstanceModelLoader.LoadFile(InstancePath);
        loaded.Diagnostics.ShouldBeEmpty();
        Instance = loaded.Value!;
        Catalog = new FlowCatalog(Instance);
    }

    public string Folder { get; }
    public string InstancePath { get; }
    public InstanceModel Instance { get; }
    public FlowCatalog Catalog { get; }
    public FakeLambdaInvoker Invoker { get; } = new();

    public static CallRequest Request(DateTimeOffset? at = null) => new("+14443330000", "+15555550100", at ?? OpenTime) { StartFlow = "Main" };

    public Task<CallResult> RunAsync(CallRequest? request = null, InterpreterOptions? options = null) =>
        new FlowInterpreter(Instance, Catalog, Invoker, options).RunAsync(request ?? Request(), CancellationToken.None);

    /// <summary>One flow named Main built from <paramref name="actions"/>, run once.</summary>
    public static async Task<CallResult> RunFlowAsync(CallRequest? request, params string[] actions)
    {
        using var harness = new CallHarness(("Main", FlowText.Flow(actions)));
        return await harness.RunAsync(request);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private const string InstanceYaml = $$"""
        instance:
          arn: {{InstanceArn}}
          defaultFlow: Main
        placeholders:
          Greeting: Hello from a placeholder
        hoursOfOperation:
          Business Hours:
            timeZone: America/New_York
            weekly:
              Monday: ["08:00-20:00"]
              Tuesday: ["08:00-20:00"]
              Wednesday: ["08:00-20:00"]
              Thursday: ["08:00-20:00"]
              Friday: ["08:00-20:00"]
            overrides:
              - date: 2026-12-25
                name: Christmas Day
                closed: true
        queues:
          English:
            arn: {{EnglishArn}}
            hours: Business Hours
            maxContacts: 10
            contactsInQueue: 2
            oldestContactAgeSeconds: 90
          Spanish:
            arn: {{SpanishArn}}
            hours: Business Hours
          Full:
            arn: {{FullArn}}
            maxContacts: 1
            contactsInQueue: 1
        agents:
          alice:
            queues: [English]
            status: Available
          bob:
            queues: [English]
            status: after-contact work
          carmen:
            queues: [Spanish]
            status: Offline
        functions:
          Lookup:
            arn: {{LookupArn}}
            arns: [{{LookupDevArn}}]
          Stubbed:
            arn: {{StubbedArn}}
            stub:
              customerType: VIP
        flows:

        """;
}
