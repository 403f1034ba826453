using System.Text.Json;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Calls;

/// <summary>The part of issue #13 item 1 that the executors carry: a customer queue flow that fetches the caller's prompts and plays the
/// language's holdPrompt from <c>$.External</c> in the caller's voice, through the shipped flows, routing data and real GetPrompts
/// handler, with <c>dcc call --wait</c>. The shipped CustomerQueueFlow.json is another change; this small flow has its shape.</summary>
public sealed class HoldPromptInQueueTests : IDisposable
{
    // GetPrompts answers the language of the contact attribute Language (set by InitFlow): contact attributes reach hook flows.
    private const string QueueFlow = """
        {"Version":"2019-10-30","StartAction":"Prompts","Actions":[
          {"Identifier":"Prompts","Type":"InvokeLambdaFunction","Parameters":{"LambdaFunctionARN":"${GetPromptsArn}","InvocationTimeLimitSeconds":"8","ResponseValidation":{"ResponseType":"STRING_MAP"}},
           "Transitions":{"NextAction":"Voice","Conditions":[],"Errors":[{"ErrorType":"NoMatchingError","NextAction":"Hold"}]}},
          {"Identifier":"Voice","Type":"UpdateContactTextToSpeechVoice","Parameters":{"TextToSpeechVoice":"$.External.voice"},
           "Transitions":{"NextAction":"Hold","Conditions":[],"Errors":[{"ErrorType":"NoMatchingError","NextAction":"Hold"}]}},
          {"Identifier":"Hold","Type":"MessageParticipant","Parameters":{"Text":"$.External.holdPrompt"},
           "Transitions":{"NextAction":"Pause","Conditions":[],"Errors":[]}},
          {"Identifier":"Pause","Type":"Wait","Parameters":{"TimeLimitSeconds":"20","Events":[]},
           "Transitions":{"NextAction":"Hold","Conditions":[{"NextAction":"Hold","Condition":{"Operator":"Equals","Operands":["WaitCompleted"]}}],"Errors":[{"ErrorType":"NoMatchingError","NextAction":"Hold"}]}}
        ]}
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dcc-hold-" + Guid.NewGuid().ToString("N"));

    public HoldPromptInQueueTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "HoldQueueFlow.json"), QueueFlow);
        var shipped = File.ReadAllText(RepositoryPaths.Combine("config", "instance.yaml"));
        var instance = shipped
            .Replace("file: flows/", $"file: {RepositoryPaths.Flows}/", StringComparison.Ordinal)
            .Replace("  defaultFlow: InitFlow\n", "  defaultFlow: InitFlow\n  defaultCustomerQueueFlow: HoldQueueFlow\n", StringComparison.Ordinal)
            .Replace("\nflows:\n", $"\nflows:\n  HoldQueueFlow:\n    file: {Path.Combine(_folder, "HoldQueueFlow.json")}\n    type: CUSTOMER_QUEUE\n", StringComparison.Ordinal);
        InstancePath = Path.Combine(_folder, "instance.yaml");
        File.WriteAllText(InstancePath, instance);
    }

    private string InstancePath { get; }

    [Theory]
    [InlineData("+14443331111", "Spanish", "Gracias por esperar. Su llamada es importante para Alpha to Zulu Corp", "Lupe")]
    [InlineData("+14443330000", "English", "Thank you for waiting. Your call is important to Alpha to Zulu Corp", "Joanna")]
    public async Task Call_WaitWithNoAgentAvailable_HearsTheLanguagesHoldPromptInItsVoiceEachRound(string number, string queue, string hold, string voice)
    {
        // Act: agents on a contact keep the queue staffed (MainFlow queues the call) but none answers within the two minutes.
        var run = await DccRun.RunAsync("call", number, "--at", "2026-11-24T10:00-05:00", "--agents", $"{queue}=OnContact", "--wait", "2m",
            "--routing", RepositoryPaths.RoutingYaml, "--instance", InstancePath, "--json");

        // Assert: a round is the prompt (about 6 s at 15 characters a second) and a 20 s pause, so 5 rounds start within 120 s.
        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.GetProperty("outcome").GetString().ShouldBe("abandoned");
        var held = document.RootElement.GetProperty("events").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "prompt" && e.GetProperty("flow").GetString() == "HoldQueueFlow").ToList();
        held.Count.ShouldBe(5);
        held.ShouldAllBe(p => p.GetProperty("text").GetString()!.StartsWith(hold, StringComparison.Ordinal) && p.GetProperty("voice").GetString() == voice);
        held.Select(p => p.GetProperty("waitedSeconds").GetInt32()).ShouldBeInOrder(SortDirection.Ascending);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
