using System.Text;
using DynamicContactCenter.Functions.Handlers;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Functions.Tests.TestHelpers;
using DynamicContactCenter.Routing;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Functions.Tests.Hosting;

/// <summary>Events no Connect instance sends but an attacker can: text that is not Unicode, keys DynamoDB cannot hold.
/// Each is a <c>Dcc.InvalidEvent</c> naming the field, never an exception with a stack, never a store read.</summary>
public sealed class HostileEventTests
{
    private const string LoneSurrogate = "\\ud800";

    private readonly FakeRoutingStore _store = new(SampleRoutingData.Tenant());

    [Theory]
    [InlineData(FunctionNames.GetLambdas)]
    [InlineData(FunctionNames.GetDynAttributes)]
    [InlineData(FunctionNames.GetPrompts)]
    public async Task Invoke_LoneSurrogateInAnAttribute_IsInvalidEventNamingTheField(string function)
    {
        // Arrange
        var json = ConnectEvents.Create(attributes: new Dictionary<string, string> { ["Language"] = "LONE" }).Replace("LONE", LoneSurrogate, StringComparison.Ordinal);

        // Act
        var outcome = await Invoke(function, Encoding.UTF8.GetBytes(json));

        // Assert
        outcome.ErrorType.ShouldBe(ErrorTypes.InvalidEvent);
        outcome.ErrorMessage.ShouldStartWith(FunctionMessages.EventNotUnicode.Code);
        outcome.ErrorMessage.ShouldContain("'Details.ContactData.Attributes.Language'");
        outcome.StackTrace.ShouldBeEmpty();
        _store.Reads.ShouldBe(0);
    }

    [Fact]
    public async Task Invoke_LoneSurrogateInASessionAttributeName_IsInvalidEvent()
    {
        // Arrange: the session fold reads parameter names; it must never see one it cannot decode.
        var json = ConnectEvents.Create(parameters: new Dictionary<string, string> { ["environment"] = "prod", ["NAME"] = "x" })
            .Replace("NAME", "a" + LoneSurrogate, StringComparison.Ordinal);

        // Act
        var outcome = await Invoke(FunctionNames.GetLambdas, Encoding.UTF8.GetBytes(json));

        // Assert
        outcome.ErrorType.ShouldBe(ErrorTypes.InvalidEvent);
        outcome.ErrorMessage.ShouldStartWith(FunctionMessages.EventNotUnicode.Code);
        outcome.ErrorMessage.ShouldContain("Details.Parameters");
        outcome.StackTrace.ShouldBeEmpty();
    }

    [Fact]
    public async Task Invoke_InvalidUtf8InTheDialedNumber_IsInvalidEventNamingTheField()
    {
        // Arrange: 0xFF is never UTF-8.
        var json = Encoding.UTF8.GetBytes(ConnectEvents.Create(dialedNumber: "+1444BAD"));
        var at = Encoding.UTF8.GetString(json).IndexOf("BAD", StringComparison.Ordinal);
        json[at] = 0xFF;

        // Act
        var outcome = await Invoke(FunctionNames.GetDynAttributes, json);

        // Assert
        outcome.ErrorType.ShouldBe(ErrorTypes.InvalidEvent);
        outcome.ErrorMessage.ShouldStartWith(FunctionMessages.EventNotUnicode.Code);
        outcome.ErrorMessage.ShouldContain("'Details.ContactData.SystemEndpoint.Address'");
        outcome.StackTrace.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(FunctionNames.GetDynAttributes, "dialed number")]
    [InlineData(FunctionNames.GetLambdas, "environment")]
    [InlineData(FunctionNames.GetPrompts, "language")]
    public async Task Invoke_KeyOverDynamoDbsLimit_IsInvalidEventNamingFieldAndLimitBeforeAnyRead(string function, string field)
    {
        // Arrange: the store fails like DynamoDB would (ValidationException), so a read would show as "store unavailable".
        var key = "+1" + new string('4', 3_000);
        _store.FailWith = new RoutingStoreException("ValidationException: key too large");
        var json = ConnectEvents.Create(
            dialedNumber: key,
            parameters: new Dictionary<string, string> { ["environment"] = key },
            attributes: new Dictionary<string, string> { ["Language"] = key });

        // Act
        var outcome = await Invoke(function, Encoding.UTF8.GetBytes(json));

        // Assert
        outcome.ErrorType.ShouldBe(ErrorTypes.InvalidEvent);
        outcome.ErrorMessage.ShouldStartWith(FunctionMessages.EventKeyTooLong.Code);
        outcome.ErrorMessage.ShouldContain(field);
        outcome.ErrorMessage.ShouldContain("3,002 UTF-8 bytes");
        outcome.ErrorMessage.ShouldContain("at most 2,048 bytes");
        _store.Reads.ShouldBe(0);
    }

    private Task<FunctionOutcome> Invoke(string function, byte[] json) =>
        new FunctionHost(_store).InvokeAsync(function, json, "req-hostile", DateTimeOffset.MaxValue, CancellationToken.None);
}
