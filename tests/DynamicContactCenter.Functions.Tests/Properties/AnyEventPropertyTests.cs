using System.Text.Json.Nodes;
using DynamicContactCenter.Functions.Handlers;
using DynamicContactCenter.Functions.Hosting;
using DynamicContactCenter.Functions.Tests.TestHelpers;
using DynamicContactCenter.Testing;
using FsCheck;
using FsCheck.Xunit;

namespace DynamicContactCenter.Functions.Tests.Properties;

/// <summary>Reliability as a property: whatever arrives, a Connect function answers or fails with one of its own error
/// types and a DCC-coded message; it never fails with a raw exception.</summary>
public sealed class AnyEventPropertyTests
{
    private static readonly FunctionHost Host = new(new FakeRoutingStore(SampleRoutingData.Tenant()));
    private static readonly string[] ExpectedErrorTypes =
        [ErrorTypes.InvalidEvent, ErrorTypes.InvalidSessionAttributes, ErrorTypes.RoutingDataNotFound, ErrorTypes.ResponseTooLarge];

    [Property(MaxTest = 300)]
    public bool Invoke_AnyText_GivesResponseOrCodedError(NonNull<string> text, byte function) =>
        IsResponseOrCodedError(Invoke(function, text.Get));

    [Property(MaxTest = 300)]
    public bool Invoke_AnySessionAttributesAndLanguage_GivesResponseOrCodedError(NonNull<string> session, NonNull<string> language, NonNull<string> number, byte function)
    {
        var contactEvent = JsonNode.Parse(ConnectEvents.Create(number.Get, new Dictionary<string, string> { ["environment"] = language.Get, ["language"] = language.Get }, sessionAttributes: session.Get))!;
        return IsResponseOrCodedError(Invoke(function, contactEvent.ToJsonString()));
    }

    private static FunctionOutcome Invoke(byte function, string eventJson) =>
        Host.InvokeAsync(FunctionNames.All[function % 3], eventJson).GetAwaiter().GetResult();

    private static bool IsResponseOrCodedError(FunctionOutcome outcome) =>
        outcome.Succeeded
            ? outcome.ErrorType is null
            : ExpectedErrorTypes.Contains(outcome.ErrorType) && outcome.ErrorMessage!.StartsWith("DCC", StringComparison.Ordinal);
}
