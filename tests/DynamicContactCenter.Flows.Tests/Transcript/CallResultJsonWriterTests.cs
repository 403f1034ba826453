using System.Text.Json;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Transcript;

public sealed class CallResultJsonWriterTests
{
    [Fact]
    public async Task ToJson_QueuedCall_HasStableTopLevelPropertiesAndOrderedEvents()
    {
        // Arrange
        var result = await CallHarness.RunFlowAsync(null,
            Say("Hi", "Hello $.Attributes.none", "Set"),
            Act("Set", "UpdateContactTargetQueue", "{\"QueueId\":\"" + CallHarness.EnglishArn + "\"}", "Transfer"),
            Act("Transfer", "TransferContactToQueue", "{}", "Hang up", errors: [Err("NoMatchingError", "Hang up")]), Disconnect());

        // Act
        using var json = JsonDocument.Parse(CallResultJsonWriter.ToJson(result));

        // Assert
        var root = json.RootElement;
        root.GetProperty("outcome").GetString().ShouldBe("queued");
        root.GetProperty("queue").GetProperty("name").GetString().ShouldBe("English");
        root.GetProperty("queue").GetProperty("arn").GetString().ShouldBe(CallHarness.EnglishArn);
        var events = root.GetProperty("events").EnumerateArray().ToList();
        events.Select(e => e.GetProperty("type").GetString()).ShouldBe(["flowStarted", "diagnostic", "prompt", "queueSet", "queued"]);
        events[2].GetProperty("flow").GetString().ShouldBe("Main");
        events[2].GetProperty("action").GetString().ShouldBe("Hi");
        events[2].GetProperty("voice").GetString().ShouldBe("Joanna");
        var diagnostic = root.GetProperty("diagnostics").EnumerateArray().ShouldHaveSingleItem();
        diagnostic.GetProperty("code").GetString().ShouldBe("DCC3310");
        diagnostic.GetProperty("field").GetString().ShouldBe("Parameters.Text");
    }

    [Fact]
    public async Task ToJson_ErrorCall_HasNullQueueAndErrorOutcome()
    {
        // Arrange
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Strict = true }, Act("Bot", "StartFutureFeature", "{}", "Bot"));

        // Act
        using var json = JsonDocument.Parse(CallResultJsonWriter.ToJson(result, indented: false));

        // Assert
        json.RootElement.GetProperty("outcome").GetString().ShouldBe("error");
        json.RootElement.GetProperty("queue").ValueKind.ShouldBe(JsonValueKind.Null);
        json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("severity").GetString()).ShouldBe(["warning", "error"]);
    }
}
