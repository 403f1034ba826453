using System.Text.RegularExpressions;
using DynamicContactCenter.Deploy.Tests.TestSupport;
using DynamicContactCenter.Routing.Validation;

namespace DynamicContactCenter.Deploy.Tests.Template;

/// <summary>The parameters reject at the console what the seeder would reject after minutes of stack creation.</summary>
public sealed class TemplateParametersTests
{
    private static readonly CloudFormationTemplate Sut = CloudFormationTemplate.Source;

    public static TheoryData<string, string, bool> PhoneNumbers => new()
    {
        { "EnglishPhoneNumber", "+14443330000", true },
        { "SpanishPhoneNumber", "+442071838750", true },
        { "FrenchPhoneNumber", "+33123456789", true },
        { "EnglishPhoneNumber", "14443330000", false },
        { "EnglishPhoneNumber", "+1 444 333 0000", false },
        { "SpanishPhoneNumber", "+04443330000", false },
        { "FrenchPhoneNumber", "+1234567", false },
        { "FrenchPhoneNumber", "+1234567890123456", false },
        { "EnglishPhoneNumber", "default", false },
    };

    public static TheoryData<string, string, bool> QueueArns => new()
    {
        { "EnglishQueueArn", StackParameters.Queue(1), true },
        { "SpanishQueueArn", "arn:aws-us-gov:connect:us-gov-west-1:123456789012:instance/abc/queue/def", true },
        { "FrenchQueueArn", StackParameters.InstanceArn, false },
        { "EnglishQueueArn", "arn:aws:connect:us-east-1:123456789012:instance/abc/contact-flow/def", false },
        { "SpanishQueueArn", "Spanish queue", false },
    };

    [Theory]
    [MemberData(nameof(PhoneNumbers))]
    public void PhoneNumberPattern_Value_AgreesWithTheRoutingRules(string parameter, string value, bool valid)
    {
        // Arrange
        var pattern = (string)Sut.Parameters[parameter]!["AllowedPattern"]!;

        // Act
        var accepted = Regex.IsMatch(value, pattern);

        // Assert
        accepted.ShouldBe(valid);
        RoutingRules.IsE164(value).ShouldBe(valid);
    }

    [Theory]
    [MemberData(nameof(QueueArns))]
    public void QueueArnPattern_Value_AgreesWithTheRoutingRules(string parameter, string value, bool valid)
    {
        // Arrange
        var pattern = (string)Sut.Parameters[parameter]!["AllowedPattern"]!;

        // Act
        var accepted = Regex.IsMatch(value, pattern);

        // Assert
        accepted.ShouldBe(valid);
        RoutingRules.IsQueueArn(value).ShouldBe(valid);
    }

    [Fact]
    public void Parameters_Template_HasTheSamplesParametersEachWithAConstraintText()
    {
        // Arrange
        string[] expected =
        [
            "OrganisationName", "Environment", "DefaultLanguage", "LogRetentionInDays", "ConnectInstanceArn",
            "EnglishPhoneNumber", "EnglishQueueArn", "SpanishPhoneNumber", "SpanishQueueArn", "FrenchPhoneNumber", "FrenchQueueArn",
            "PointNumbersAtInitFlow",
        ];

        // Act
        var parameters = Sut.Parameters;

        // Assert
        parameters.Select(p => p.Key).ShouldBe(expected, ignoreOrder: true);
        parameters.ShouldAllBe(p => ((string?)p.Value!["ConstraintDescription"] ?? "").Length > 10 && ((string?)p.Value["Description"] ?? "").Length > 10);
        parameters["Environment"]!["AllowedValues"]!.AsArray().Select(v => (string)v!).ShouldBe(["prod", "dev"]);
    }

    [Theory]
    [InlineData("Alpha to Zulu Corp", true)]
    [InlineData("O'Brien & Sons, Ltd.", true)]
    [InlineData("Señales Québec", true)]
    [InlineData("Niño Widgets", true)]
    [InlineData("", false)]
    [InlineData(" leading space", false)]
    [InlineData("{organisation}", false)]
    [InlineData("<speak>", false)]
    public void OrganisationPattern_Name_AcceptsSpokenNamesOnly(string name, bool valid)
    {
        // Arrange
        var pattern = (string)Sut.Parameters["OrganisationName"]!["AllowedPattern"]!;

        // Act
        var accepted = Regex.IsMatch(name, pattern);

        // Assert
        accepted.ShouldBe(valid);
    }
}
