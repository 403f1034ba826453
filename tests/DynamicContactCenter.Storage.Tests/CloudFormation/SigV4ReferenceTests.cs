using DynamicContactCenter.Testing;
using System.Text;

namespace DynamicContactCenter.Storage.Tests.CloudFormation;

/// <summary>
/// The reference signer against AWS's Signature Version 4 test suite ("aws-sig-v4-test-suite", linked from
/// https://docs.aws.amazon.com/general/latest/gr/signature-v4-test-suite.html): every case signs for
/// AKIDEXAMPLE / wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, us-east-1, service "service", at 20150830T123600Z,
/// host example.amazonaws.com; the expected signatures are the suite's .authz files.
/// </summary>
public sealed class SigV4ReferenceTests
{
    private const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private const string AmzDate = "20150830T123600Z";

    public static TheoryData<string, string, string?, string, string, string> SuiteCases => new()
    {
        // name, method, content type, body, expected SignedHeaders, expected signature
        { "get-vanilla", "GET", null, "", "host;x-amz-date", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31" },
        { "post-vanilla", "POST", null, "", "host;x-amz-date", "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b" },
        {
            "post-x-www-form-urlencoded", "POST", "application/x-www-form-urlencoded", "Param1=value1",
            "content-type;host;x-amz-date", "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a"
        },
    };

    [Theory]
    [MemberData(nameof(SuiteCases))]
    public void Sign_PublishedSuiteCase_GivesThePublishedSignature(string name, string method, string? contentType, string body, string expectedSignedHeaders, string expectedSignature)
    {
        // Arrange
        var headers = new Dictionary<string, string> { ["Host"] = "example.amazonaws.com", ["X-Amz-Date"] = AmzDate };
        if (contentType is not null)
        {
            headers["Content-Type"] = contentType;
        }

        // Act
        var signature = SigV4Reference.Sign(SecretKey, AmzDate, "us-east-1", "service", method, "/", "", headers, Encoding.UTF8.GetBytes(body), out var signedHeaders);

        // Assert
        signedHeaders.ShouldBe(expectedSignedHeaders, name);
        signature.ShouldBe(expectedSignature, name);
    }

    [Fact]
    public void Parse_SuiteAuthorizationHeader_GivesScopeAndSignature()
    {
        // Arrange: get-vanilla.authz
        const string authorization = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, " +
            "SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";

        // Act
        var parts = SigV4Reference.Parse(authorization);

        // Assert
        parts.ShouldNotBeNull();
        parts.AccessKey.ShouldBe("AKIDEXAMPLE");
        parts.Scope.ShouldBe("20150830/us-east-1/service/aws4_request");
        parts.SignedHeaders.ShouldBe("host;x-amz-date");
        parts.Signature.ShouldBe("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    }
}
