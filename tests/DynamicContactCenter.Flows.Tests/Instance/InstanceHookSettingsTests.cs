using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Instance;

namespace DynamicContactCenter.Flows.Tests.Instance;

/// <summary>What the instance model says about the wait in queue: the default hook flows and when an agent answers.</summary>
public sealed class InstanceHookSettingsTests
{
    private const string Yaml = """
        instance:
          arn: arn:aws:connect:us-east-1:1:instance/i
          defaultCustomerQueueFlow: Hold
          defaultCustomerWhisperFlow: Hello
          defaultAgentWhisperFlow: Brief
        queues:
          English:
            arn: arn:aws:connect:us-east-1:1:instance/i/queue/q
            answerAfter: 1m30s
        flows:
          Hold: { file: hold.json, type: CUSTOMER_QUEUE }
          Hello: { file: hello.json, type: CUSTOMER_WHISPER }
          Brief: { file: brief.json, type: AGENT_WHISPER }
        """;

    [Fact]
    public void Load_HookDefaultsAndAnswerAfter_AreRead()
    {
        // Act
        var model = InstanceModelLoader.Load(Yaml).Value!;

        // Assert
        (model.DefaultCustomerQueueFlow, model.DefaultCustomerWhisperFlow, model.DefaultAgentWhisperFlow).ShouldBe(("Hold", "Hello", "Brief"));
        model.Queues.ShouldHaveSingleItem().AnswerAfter.ShouldBe(TimeSpan.FromSeconds(90));
    }

    [Theory]
    [InlineData("answerAfter: 1m30s", "answerAfter: soon", "queues.English.answerAfter", "1m30s")]
    [InlineData("defaultCustomerQueueFlow: Hold", "defaultCustomerQueueFlow: Missing", "instance.defaultCustomerQueueFlow", "flows")]
    public void Load_BadHookSetting_NamesTheFieldAndWhatIsExpected(string good, string bad, string field, string expected)
    {
        // Act
        var loaded = InstanceModelLoader.Load(Yaml.Replace(good, bad, StringComparison.Ordinal));

        // Assert
        loaded.Value.ShouldBeNull();
        var error = loaded.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBeOneOf(FlowMessages.InstanceInvalidValue.Code, FlowMessages.InstanceUnknownReference.Code);
        error.Location.Field.ShouldBe(field);
        error.Message.ShouldContain(expected);
    }
}
