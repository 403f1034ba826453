using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class InvokeLambdaFunctionExecutorTests
{
    private static string Invoke(string arn, string extra = "") => Act("Call", "InvokeLambdaFunction",
        "{\"LambdaFunctionARN\":\"" + arn + "\",\"InvocationTimeLimitSeconds\":\"3\",\"LambdaInvocationAttributes\":{\"environment\":\"prod\",\"caller\":\"$.CustomerEndpoint.Address\"}" + extra + "}",
        "Say", errors: [Err("NoMatchingError", "Failed")]);

    private static readonly string[] Rest = [Say("Say", "queue $.External.queue", "Hang up"), Mark("Failed"), Disconnect()];

    [Fact]
    public async Task Execute_Success_SendsContactFlowEventAndSetsExternal()
    {
        // Arrange
        using var harness = new CallHarness(("Main", Flow([Invoke(CallHarness.LookupArn), .. Rest])));
        harness.Invoker.Returns("Lookup", """{"queue":"English"}""", milliseconds: 12);
        var request = CallHarness.Request() with { InitialAttributes = new Dictionary<string, string> { ["Language"] = "English" } };

        // Act
        var result = await harness.RunAsync(request);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("queue English");
        var call = harness.Invoker.Calls.ShouldHaveSingleItem();
        call.Function.ShouldBe("Lookup");
        call.TimeLimit.ShouldBe(TimeSpan.FromSeconds(3));
        using var e = System.Text.Json.JsonDocument.Parse(call.EventJson);
        var details = e.RootElement.GetProperty("Details");
        e.RootElement.GetProperty("Name").GetString().ShouldBe("ContactFlowEvent");
        details.GetProperty("Parameters").GetProperty("caller").GetString().ShouldBe("+15555550100");
        details.GetProperty("Parameters").GetProperty("environment").GetString().ShouldBe("prod");
        var contact = details.GetProperty("ContactData");
        contact.GetProperty("SystemEndpoint").GetProperty("Address").GetString().ShouldBe("+14443330000");
        contact.GetProperty("Attributes").GetProperty("Language").GetString().ShouldBe("English");
        contact.GetProperty("Channel").GetString().ShouldBe("VOICE");
        contact.GetProperty("InitiationMethod").GetString().ShouldBe("INBOUND");
        contact.GetProperty("InstanceARN").GetString().ShouldBe(CallHarness.InstanceArn);
        var lambda = result.Events.OfType<LambdaCalledEvent>().ShouldHaveSingleItem();
        (lambda.FunctionName, lambda.ServedBy, lambda.Outcome, lambda.Duration).ShouldBe(("Lookup", "invoker", "succeeded", TimeSpan.FromMilliseconds(12)));
    }

    [Fact]
    public async Task Execute_AliasArnFromAnotherEnvironment_ResolvesToSameFunction()
    {
        // Arrange
        using var harness = new CallHarness(("Main", Flow([Invoke(CallHarness.LookupDevArn), .. Rest])));
        harness.Invoker.Returns("Lookup", """{"queue":"Spanish"}""");

        // Act
        var result = await harness.RunAsync();

        // Assert
        harness.Invoker.Calls.ShouldHaveSingleItem().Function.ShouldBe("Lookup");
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("queue Spanish");
    }

    [Theory]
    [InlineData("fails")]
    [InlineData("timesOut")]
    [InlineData("throws")]
    [InlineData("nested")]
    [InlineData("notJson")]
    [InlineData("array")]
    public async Task Execute_FailureOrBadResponse_TakesErrorBranch(string kind)
    {
        // Arrange
        using var harness = new CallHarness(("Main", Flow([Invoke(CallHarness.LookupArn), .. Rest])));
        _ = kind switch
        {
            "fails" => harness.Invoker.Fails("Lookup", "boom"),
            "timesOut" => harness.Invoker.TimesOut("Lookup"),
            "throws" => harness.Invoker.Throws("Lookup"),
            "nested" => harness.Invoker.Returns("Lookup", """{"queue":{"name":"x"}}"""),
            "notJson" => harness.Invoker.Returns("Lookup", "not json"),
            _ => harness.Invoker.Returns("Lookup", "[1]"),
        };

        // Act
        var result = await harness.RunAsync();

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Disconnected);
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Diagnostics.ShouldContain(d => d.Code == FlowMessages.LambdaFailed.Code && d.Location.ActionId == "Call");
    }

    [Fact]
    public async Task Execute_JsonValidation_AllowsNestedPaths()
    {
        // Arrange
        var flow = Flow([Invoke(CallHarness.LookupArn, ",\"ResponseValidation\":{\"ResponseType\":\"JSON\"}"), Say("Say", "$.External.queue.name", "Hang up"), Mark("Failed"), Disconnect()]);
        using var harness = new CallHarness(("Main", flow));
        harness.Invoker.Returns("Lookup", """{"queue":{"name":"French"}}""");

        // Act
        var result = await harness.RunAsync();

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("French");
    }

    [Fact]
    public async Task Execute_StubbedFunction_AnswersFromInstanceModelAndSaysSo()
    {
        // Arrange
        var flow = Flow([Invoke(CallHarness.StubbedArn), Say("Say", "$.External.customerType", "Hang up"), Mark("Failed"), Disconnect()]);
        using var harness = new CallHarness(("Main", flow));

        // Act
        var result = await harness.RunAsync();

        // Assert
        harness.Invoker.Calls.ShouldBeEmpty();
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("VIP");
        var lambda = result.Events.OfType<LambdaCalledEvent>().ShouldHaveSingleItem();
        lambda.ServedBy.ShouldBe("stub");
        lambda.Note.ShouldNotBeNull().ShouldContain("stub");
    }

    [Fact]
    public async Task Execute_FunctionNotInInstanceModel_Strict_WarnsAndTakesError()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Strict = true }, [Invoke("arn:aws:lambda:us-east-1:1:function:nobody"), .. Rest]);

        // Assert
        result.Diagnostics.ShouldContain(d => d.Code == FlowMessages.UnknownFunction.Code);
        result.Events.OfType<LambdaCalledEvent>().ShouldHaveSingleItem().ServedBy.ShouldBe("unknown");
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
    }

    [Theory]
    [InlineData("9")]
    [InlineData("0")]
    [InlineData("soon")]
    public async Task Execute_TimeLimitOutOfRange_StopsNamingField(string seconds)
    {
        // Arrange
        var action = Act("Call", "InvokeLambdaFunction", "{\"LambdaFunctionARN\":\"" + CallHarness.LookupArn + "\",\"InvocationTimeLimitSeconds\":\"" + seconds + "\"}", "Hang up");

        // Act
        var result = await CallHarness.RunFlowAsync(null, action, Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        result.Diagnostics.ShouldHaveSingleItem().Location.Field.ShouldBe("Parameters.InvocationTimeLimitSeconds");
    }

    [Fact]
    public async Task Execute_SecondCall_ReplacesWholeExternal()
    {
        // Arrange
        var first = Act("First", "InvokeLambdaFunction", "{\"LambdaFunctionARN\":\"" + CallHarness.LookupArn + "\"}", "Second");
        var second = Act("Second", "InvokeLambdaFunction", "{\"LambdaFunctionARN\":\"" + CallHarness.LookupDevArn + "\"}", "Say");
        using var harness = new CallHarness(("Main", Flow(first, second, Say("Say", "[$.External.a][$.External.b]", "Hang up"), Disconnect())));
        var calls = 0;
        harness.Invoker.Answer("Lookup", _ => LambdaInvocationResult.Success(++calls == 1 ? """{"a":"1"}""" : """{"b":"2"}""", TimeSpan.Zero));

        // Act
        var result = await harness.RunAsync();

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("[][2]");
    }
}
