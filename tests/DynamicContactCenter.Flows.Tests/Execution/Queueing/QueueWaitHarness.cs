using DynamicContactCenter.Flows.Catalog;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Instance;
using DynamicContactCenter.Flows.Tests.TestSupport;

namespace DynamicContactCenter.Flows.Tests.Execution.Queueing;

/// <summary>An instance model with an English and a Spanish queue, their agents and hook flows, written to a temporary folder, and
/// calls run through the real interpreter with a wait in queue.</summary>
internal sealed class QueueWaitHarness : IDisposable
{
    public const string InstanceArn = "arn:aws:connect:us-east-1:123456789012:instance/test";
    public const string EnglishArn = InstanceArn + "/queue/q-english";
    public const string SpanishArn = InstanceArn + "/queue/q-spanish";
    public const string GetPromptsArn = "arn:aws:lambda:us-east-1:123456789012:function:dcc-prod-GetPrompts";

    /// <param name="instanceSettings">Lines under <c>instance:</c> (default hook flows), indented by two spaces.</param>
    /// <param name="queueSettings">Extra lines for each queue (e.g. <c>answerAfter: 45s</c>), indented by four spaces.</param>
    /// <param name="spanishAgent">The Spanish agent's status.</param>
    /// <param name="flows">The flows, each with its flow type.</param>
    public QueueWaitHarness(string instanceSettings, string queueSettings, string spanishAgent, params (string Name, string Type, string Json)[] flows)
    {
        Folder = Path.Combine(Path.GetTempPath(), "dcc-queue-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Folder, "flows"));
        var flowEntries = new List<string>();
        foreach (var (name, type, json) in flows)
        {
            File.WriteAllText(Path.Combine(Folder, "flows", name + ".json"), json);
            flowEntries.Add($"  {name}:\n    arn: {FlowArn(name)}\n    file: flows/{name}.json\n    type: {type}");
        }

        var yaml = $"""
            instance:
              arn: {InstanceArn}
              defaultFlow: Main
            {instanceSettings}
            queues:
              English:
                arn: {EnglishArn}
            {queueSettings}
              Spanish:
                arn: {SpanishArn}
            {queueSettings}
            agents:
              alice:
                queues: [English]
                status: Available
              bruno:
                queues: [Spanish]
                status: {spanishAgent}
            functions:
              GetPrompts:
                arn: {GetPromptsArn}
            flows:

            """ + string.Join("\n", flowEntries) + "\n";
        var path = Path.Combine(Folder, "instance.yaml");
        File.WriteAllText(path, yaml);
        var loaded = InstanceModelLoader.LoadFile(path);
        loaded.Diagnostics.ShouldBeEmpty();
        Instance = loaded.Value!;
        Catalog = new FlowCatalog(Instance);
    }

    public string Folder { get; }
    public InstanceModel Instance { get; }
    public FlowCatalog Catalog { get; }
    public FakeLambdaInvoker Invoker { get; } = new();

    public static string FlowArn(string name) => $"{InstanceArn}/contact-flow/{name}-id";

    public Task<CallResult> RunAsync(TimeSpan? wait, bool strict = false, TimeSpan? hold = null) =>
        new FlowInterpreter(Instance, Catalog, Invoker).RunAsync(
            CallHarness.Request() with { QueueWait = wait, Strict = strict, Hold = hold }, CancellationToken.None);

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
}
