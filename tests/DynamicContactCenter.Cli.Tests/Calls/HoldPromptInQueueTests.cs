using System.Text.Json;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Calls;

/// <summary>Issue #13 item 1 through the shipped files: MainFlow sets flows/CustomerQueueFlow.json as the CustomerQueue hook, which fetches
/// the caller's prompts (GetPrompts answers the contact attribute Language InitFlow set) and loops the language's holdPrompt in the
/// caller's voice with an SSML silence between repeats, with <c>dcc call --wait</c>, the shipped routing data and the real handlers.</summary>
public sealed class HoldPromptInQueueTests
{
    private const string Silence = """<speak><break time="10s"/><break time="10s"/></speak>""";

    [Theory]
    [InlineData("+14443331111", "Spanish", "Gracias por esperar. Su llamada es importante para Alpha to Zulu Corp", "Lupe", "es-US")]
    [InlineData("+14443332222", "French", "Merci de patienter. Votre appel est important pour Alpha to Zulu Corp", "Chantal", "fr-CA")]
    [InlineData("+14443330000", "English", "Thank you for waiting. Your call is important to Alpha to Zulu Corp", "Joanna", "en-US")]
    public async Task Call_WaitWithNoAgentAvailable_HearsTheLanguagesHoldPromptInItsVoiceEachRound(string number, string queue, string hold, string voice, string languageCode)
    {
        // Act: agents on a contact keep the queue staffed (MainFlow queues the call) but none answers within the two minutes.
        var run = await DccRun.RunAsync("call", number, "--at", "2026-11-24T10:00-05:00", "--agents", $"{queue}=OnContact", "--wait", "2m",
            "--routing", RepositoryPaths.RoutingYaml, "--instance", RepositoryPaths.Combine("config", "instance.yaml"), "--json");

        // Assert: a round is the prompt (about 7 s at 15 characters a second) and a 20 s silence, so 5 rounds start within 120 s.
        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.GetProperty("outcome").GetString().ShouldBe("abandoned");
        var inQueue = document.RootElement.GetProperty("events").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "prompt" && e.GetProperty("flow").GetString() == "CustomerQueueFlow").ToList();
        var held = inQueue.Where(p => p.GetProperty("text").GetString() != Silence).ToList();
        held.Count.ShouldBe(5);
        held.ShouldAllBe(p => p.GetProperty("text").GetString()!.StartsWith(hold, StringComparison.Ordinal) && p.GetProperty("voice").GetString() == voice);
        inQueue.Count(p => p.GetProperty("text").GetString() == Silence).ShouldBe(5);
        held.Select(p => p.GetProperty("waitedSeconds").GetInt32()).ShouldBe([0, 27, 54, 81, 108]);
        document.RootElement.GetProperty("languageCode").GetString().ShouldBe(languageCode);
    }
}
