using System.Text;
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

    [Property(MaxTest = 300)]
    public bool Invoke_AnyBytesInsideAnAttributeString_GivesResponseOrCodedError(NonNull<byte[]> bytes, byte function)
    {
        // Raw bytes inside a JSON string (quote, backslash and controls left out so it stays a string): mostly not UTF-8.
        var raw = bytes.Get.Select(b => b is (byte)'"' or (byte)'\\' or < 0x20 ? (byte)'x' : b).ToArray();
        var json = Encoding.UTF8.GetBytes(ConnectEvents.Create(parameters: new Dictionary<string, string> { ["environment"] = "prod" },
            attributes: new Dictionary<string, string> { ["Language"] = "ATTRIBUTE" }));
        var at = json.AsSpan().IndexOf("ATTRIBUTE"u8);
        byte[] spliced = [.. json[..at], .. raw, .. json[(at + "ATTRIBUTE".Length)..]];
        return IsResponseOrCodedError(Host.InvokeAsync(FunctionNames.All[function % 3], spliced, "req-bytes", DateTimeOffset.MaxValue, CancellationToken.None)
            .GetAwaiter().GetResult());
    }

    [Property(MaxTest = 300)]
    public bool Invoke_AnySurrogatesEscapedInAnAttributeOrParameterName_GivesResponseOrCodedError(NonNull<int[]> seeds, byte function)
    {
        // Each seed becomes a \uXXXX escape: a surrogate half for even seeds (so lone ones are common), a letter for odd ones.
        var escaped = string.Concat(seeds.Get.Select(seed =>
            $"\\u{(seed % 2 == 0 ? 0xD800 + Math.Abs(seed % 0x800) : 'a' + Math.Abs(seed % 26)):x4}"));
        var json = ConnectEvents.Create(
                parameters: new Dictionary<string, string> { ["environment"] = "prod", ["PARAMETER"] = "x" },
                attributes: new Dictionary<string, string> { ["Language"] = "ATTRIBUTE" })
            .Replace("PARAMETER", escaped, StringComparison.Ordinal)
            .Replace("ATTRIBUTE", escaped, StringComparison.Ordinal);
        return IsResponseOrCodedError(Invoke(function, json));
    }

    private static FunctionOutcome Invoke(byte function, string eventJson) =>
        Host.InvokeAsync(FunctionNames.All[function % 3], eventJson).GetAwaiter().GetResult();

    private static bool IsResponseOrCodedError(FunctionOutcome outcome) =>
        outcome.Succeeded
            ? outcome.ErrorType is null
            : ExpectedErrorTypes.Contains(outcome.ErrorType) && outcome.ErrorMessage!.StartsWith("DCC", StringComparison.Ordinal);
}
