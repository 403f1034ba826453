using System.Collections.Immutable;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution;

/// <summary>Issue #12 item 1: what the instance model does not know (a function, a flow, a placeholder with no value) is a stub and the
/// call goes on; mocks answer stubs and win over the instance model; <see cref="CallRequest.Strict"/> restores the errors.</summary>
public sealed class StubsAndMocksTests
{
    private const string ForeignArn = "arn:aws:lambda:eu-west-1:999999999999:function:GetSurveyConfig";

    private static string Invoke(string arn, string responseType = "STRING_MAP") => Act("Call", "InvokeLambdaFunction",
        "{\"LambdaFunctionARN\":\"" + arn + "\",\"InvocationTimeLimitSeconds\":\"3\",\"ResponseValidation\":{\"ResponseType\":\"" + responseType + "\"}}",
        "Say", errors: [Err("NoMatchingError", "Failed")]);

    private static readonly string[] Rest = [Say("Say", "survey $.External.survey", "Hang up"), Mark("Failed"), Disconnect()];

    private static CallRequest With(params FunctionMock[] mocks) => CallHarness.Request() with { Mocks = [.. mocks] };

    private static FunctionMock Mock(string target, params MockAnswer[] answers) => new(target, [.. answers]);

    [Theory]
    [InlineData(ForeignArn)]
    [InlineData("${var.lambda_functions_map[\\\"survey\\\"]}")]
    [InlineData("${LambdaGetSurveyConfig.Arn}")]
    [InlineData("{{survey_lambda_arn}}")]
    [InlineData("${SurveyFunctionArn}")]
    public async Task UnknownFunction_NoMock_TakesErrorBranchSayingWhichFunctionNoMockAnswered(string arn)
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, [Invoke(arn), .. Rest]);

        // Assert: the caller hears the error branch, the call ends normally, the transcript names the function and why.
        result.Outcome.ShouldBe(CallOutcome.Disconnected);
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        var stub = result.Diagnostics.Single(d => d.Code == StubMessages.FunctionStubNoMock.Code);
        stub.Message.ShouldContain(arn.Replace("\\\"", "\"", StringComparison.Ordinal));
        stub.Message.ShouldContain("no mock answered");
        result.Events.OfType<DiagnosticEvent>().ShouldContain(e => e.Diagnostic.Code == StubMessages.FunctionStubNoMock.Code);
        result.Events.OfType<LambdaCalledEvent>().ShouldHaveSingleItem().Outcome.ShouldBe("failed");
    }

    [Fact]
    public async Task PlaceholderWithNoValue_NotStrict_WarnsAndRunsOn()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null, [Invoke("${SurveyFunctionArn}"), .. Rest]);

        // Assert
        var warning = result.Diagnostics.First(d => d.Code == StubMessages.PlaceholderStub.Code);
        (warning.Severity, warning.Location.Field).ShouldBe((Routing.Diagnostics.Severity.Warning, "Parameters.LambdaFunctionARN"));
        warning.Message.ShouldContain("${SurveyFunctionArn}");
    }

    [Fact]
    public async Task PlaceholderWithNoValue_Strict_StopsAsBefore()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Strict = true }, [Invoke("${SurveyFunctionArn}"), .. Rest]);

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Error);
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(FlowMessages.UnresolvedPlaceholder.Code);
    }

    [Theory]
    [InlineData("GetSurveyConfig")]
    [InlineData(ForeignArn)]
    public async Task Mock_FixedResponse_AnswersAnUnknownFunctionByNameOrArn(string target)
    {
        // Act
        var result = await CallHarness.RunFlowAsync(With(Mock(target, MockAnswer.Response("""{"survey":"NPS"}"""))), [Invoke(ForeignArn), .. Rest]);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("survey NPS");
        var lambda = result.Events.OfType<LambdaCalledEvent>().ShouldHaveSingleItem();
        lambda.ServedBy.ShouldBe("mock");
        lambda.Note.ShouldNotBeNull().ShouldContain(target);
        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public async Task Mock_ByPlaceholderText_AnswersTheForeignPlaceholder()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(With(Mock("${LambdaGetSurveyConfig.Arn}", MockAnswer.Response("""{"survey":"CSAT"}"""))),
            [Invoke("${LambdaGetSurveyConfig.Arn}"), .. Rest]);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("survey CSAT");
    }

    [Fact]
    public async Task Mock_Sequence_AnswersOncePerInvocationThenRepeatsTheLast()
    {
        // Arrange: the flow calls the function three times.
        var flow = Flow(
            Act("Call", "InvokeLambdaFunction", "{\"LambdaFunctionARN\":\"" + ForeignArn + "\"}", "One", errors: [Err("NoMatchingError", "Failed")]),
            Say("One", "$.External.survey", "Call 2"),
            Act("Call 2", "InvokeLambdaFunction", "{\"LambdaFunctionARN\":\"" + ForeignArn + "\"}", "Two", errors: [Err("NoMatchingError", "Failed")]),
            Say("Two", "$.External.survey", "Call 3"),
            Act("Call 3", "InvokeLambdaFunction", "{\"LambdaFunctionARN\":\"" + ForeignArn + "\"}", "Three", errors: [Err("NoMatchingError", "Failed")]),
            Say("Three", "$.External.survey", "Hang up"),
            Mark("Failed"), Disconnect());
        using var harness = new CallHarness(("Main", flow));

        // Act
        var result = await harness.RunAsync(With(Mock("GetSurveyConfig", MockAnswer.Response("""{"survey":"first"}"""), MockAnswer.Response("""{"survey":"second"}"""))));

        // Assert
        result.Prompts.Select(p => p.Text).ShouldBe(["first", "second", "second"]);
    }

    [Fact]
    public async Task Mock_Throws_TakesErrorBranchSayingTheMockThrew()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(With(Mock("GetSurveyConfig", MockAnswer.Error("DynamoDB throttled"))), [Invoke(ForeignArn), .. Rest]);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Diagnostics.ShouldContain(d => d.Code == FlowMessages.LambdaFailed.Code && d.Message.Contains("DynamoDB throttled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Mock_Timeout_TakesErrorBranchAsTimedOut()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(With(Mock("GetSurveyConfig", MockAnswer.Timeout)), [Invoke(ForeignArn), .. Rest]);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        var lambda = result.Events.OfType<LambdaCalledEvent>().ShouldHaveSingleItem();
        (lambda.Outcome, lambda.Duration).ShouldBe(("timedOut", TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public async Task Mock_NestedResponseWhereStringMapExpected_TakesErrorBranchSayingWhy()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(With(Mock("GetSurveyConfig", MockAnswer.Response("""{"survey":{"kind":"NPS"}}"""))), [Invoke(ForeignArn), .. Rest]);

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Events.OfType<LambdaCalledEvent>().ShouldHaveSingleItem().Outcome.ShouldBe("invalidResponse");
        result.Diagnostics.ShouldContain(d => d.Message.Contains("'survey' is not a string", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Mock_WinsOverTheInstanceModelsStub()
    {
        // Arrange: the instance model stubs partner-Stubbed with customerType VIP.
        using var harness = new CallHarness(("Main", Flow([Invoke(CallHarness.StubbedArn), Say("Say", "$.External.customerType", "Hang up"), Mark("Failed"), Disconnect()])));

        // Act
        var result = await harness.RunAsync(With(Mock("Stubbed", MockAnswer.Response("""{"customerType":"Gold"}"""))));

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Gold");
        result.Events.OfType<LambdaCalledEvent>().ShouldHaveSingleItem().ServedBy.ShouldBe("mock");
    }

    [Fact]
    public async Task Mock_ForAFunctionNoFlowCalls_WarnsNamingIt()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(With(Mock("GetWeather", MockAnswer.Response("{}"))), Say("Hello", "hello", "Hang up"), Disconnect());

        // Assert
        result.Outcome.ShouldBe(CallOutcome.Disconnected);
        var warning = result.Diagnostics.ShouldHaveSingleItem();
        (warning.Code, warning.Severity).ShouldBe((StubMessages.UnusedMock.Code, Routing.Diagnostics.Severity.Warning));
        warning.Message.ShouldContain("'GetWeather'");
    }

    [Fact]
    public async Task UnknownFunction_Strict_GoesToTheInvokerAsBefore()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Strict = true }, [Invoke(ForeignArn), .. Rest]);

        // Assert
        result.Diagnostics.ShouldContain(d => d.Code == FlowMessages.UnknownFunction.Code);
        result.Diagnostics.ShouldNotContain(d => d.Code == StubMessages.FunctionStubNoMock.Code);
    }

    [Fact]
    public async Task TransferToUnknownFlow_EndsTransferredNamingTheTarget()
    {
        // Arrange
        const string target = "${aws_connect_contact_flow.survey.contact_flow_id}";
        var transfer = Act("Transfer", "TransferToFlow", "{\"ContactFlowId\":\"" + target + "\"}", "Failed", errors: [Err("NoMatchingError", "Failed")]);

        // Act
        var result = await CallHarness.RunFlowAsync(null, Say("Hello", "one moment", "Transfer"), transfer, Mark("Failed"), Disconnect());

        // Assert: a normal end, not the error branch.
        result.Outcome.ShouldBe(CallOutcome.Transferred);
        result.OutcomeName.ShouldBe("transferred");
        result.Prompts.Select(p => p.Text).ShouldBe(["one moment"]);
        var transferEvent = result.Events.OfType<TransferEvent>().ShouldHaveSingleItem();
        (transferEvent.Kind, transferEvent.Target).ShouldBe(("flow", target));
        result.Diagnostics.ShouldAllBe(d => d.Severity == Routing.Diagnostics.Severity.Warning);
        var warning = result.Diagnostics.Single(d => d.Code == StubMessages.FlowStub.Code);
        (warning.Code, warning.Severity, warning.Location.ActionId).ShouldBe((StubMessages.FlowStub.Code, Routing.Diagnostics.Severity.Warning, "Transfer"));
        warning.Message.ShouldContain(target);
    }

    [Fact]
    public async Task TransferToUnknownFlow_Strict_TakesTheErrorBranchAsBefore()
    {
        // Arrange
        var transfer = Act("Transfer", "TransferToFlow", """{"ContactFlowId":"Nowhere"}""", "Failed", errors: [Err("NoMatchingError", "Failed")]);

        // Act
        var result = await CallHarness.RunFlowAsync(CallHarness.Request() with { Strict = true }, transfer, Mark("Failed"), Disconnect());

        // Assert
        result.Prompts.ShouldHaveSingleItem().Text.ShouldBe("Failed");
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(FlowMessages.UnknownFlow.Code);
    }
}
