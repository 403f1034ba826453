using DynamicContactCenter.Routing.Validation;

namespace DynamicContactCenter.Routing.Tests.Validation;

public sealed class RoutingRulesTests
{
    [Theory]
    [InlineData("+14443330000", true)]
    [InlineData("+4930123456", true)]
    [InlineData("+12345678", true)]           // 8 digits: the shortest accepted
    [InlineData("+123456789012345", true)]    // 15 digits: E.164's maximum
    [InlineData("+1234567", false)]           // 7 digits
    [InlineData("+1234567890123456", false)]  // 16 digits
    [InlineData("+04443330000", false)]
    [InlineData("14443330000", false)]
    [InlineData("+1 444 333 0000", false)]
    [InlineData("default", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsE164_Number_MatchesE164(string? number, bool expected)
    {
        // Act
        var actual = RoutingRules.IsE164(number);

        // Assert
        actual.ShouldBe(expected);
    }

    [Theory]
    [InlineData("default", true)]
    [InlineData("Default", false)]
    [InlineData("+14443330000", true)]
    public void IsDialedNumberKey_Key_AcceptsE164AndDefault(string key, bool expected)
    {
        // Act
        var actual = RoutingRules.IsDialedNumberKey(key);

        // Assert
        actual.ShouldBe(expected);
    }

    [Theory]
    [InlineData("arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-0000-0000-0000-000000000001", true)]
    [InlineData("arn:aws-us-gov:connect:us-gov-west-1:123456789012:instance/abc/queue/def", true)]
    [InlineData("arn:aws:connect:us-east-1:123456789012:instance/abc/contact-flow/def", false)]
    [InlineData("arn:aws:connect:us-east-1:12345:instance/abc/queue/def", false)]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:x", false)]
    [InlineData("queue/def", false)]
    public void IsQueueArn_Value_MatchesOnlyConnectQueueArns(string value, bool expected)
    {
        // Act
        var actual = RoutingRules.IsQueueArn(value);

        // Assert
        actual.ShouldBe(expected);
    }

    [Theory]
    [InlineData("en-US", true)]
    [InlineData("arb", true)]
    [InlineData("en-GB-WLS", true)]
    [InlineData("EN-us", false)]
    [InlineData("English", false)]
    [InlineData("e", false)]
    public void IsLanguageCode_Code_MatchesPollyStyleCodes(string code, bool expected)
    {
        // Act
        var actual = RoutingRules.IsLanguageCode(code);

        // Assert
        actual.ShouldBe(expected);
    }

    // Issue #10 item 4: `$` matches before a final newline, so "+14443332222\n" passed every check and callers of
    // +14443332222 reached the default row. Every pattern must refuse a value with a trailing newline.
    public static TheoryData<string, Func<string, bool>> ValidValuesAndRules => new()
    {
        { "+14443332222", RoutingRules.IsE164 },
        { "+14443332222", RoutingRules.IsDialedNumberKey },
        { "arn:aws:connect:us-east-1:123456789012:instance/abc/queue/def", RoutingRules.IsQueueArn },
        { "arn:aws:lambda:us-east-1:123456789012:function:dcc-prod-GetPrompts", RoutingRules.IsFunctionArn },
        { "arn:aws:lambda:us-east-1:123456789012:function:dcc-prod-GetPrompts:live", RoutingRules.IsFunctionArn },
        { "${GetPromptsArn}", RoutingRules.IsPlaceholder },
        { "en-US", RoutingRules.IsLanguageCode },
    };

    [Theory]
    [MemberData(nameof(ValidValuesAndRules))]
    public void Rule_ValidValueWithTrailingNewline_IsRejected(string valid, Func<string, bool> rule)
    {
        // Arrange
        ArgumentNullException.ThrowIfNull(rule);
        rule(valid).ShouldBeTrue();

        // Act
        var withNewline = rule(valid + "\n");

        // Assert
        withNewline.ShouldBeFalse();
    }
}
