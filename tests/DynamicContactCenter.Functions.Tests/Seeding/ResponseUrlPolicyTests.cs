using DynamicContactCenter.Functions.Seeding;

namespace DynamicContactCenter.Functions.Tests.Seeding;

/// <summary>The ResponseURLs SeedTables answers: CloudFormation's pre-signed S3 URLs, and loopback only with the test override.</summary>
public sealed class ResponseUrlPolicyTests
{
    public static TheoryData<string> PreSignedUrls => new()
    {
        "https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/arn%3Aaws%3Acloudformation/x?X-Amz-Signature=a",
        "https://cloudformation-custom-resource-response-euwest1.s3.eu-west-1.amazonaws.com/x?X-Amz-Signature=a",
        "https://cloudformation-custom-resource-response-cnnorth1.s3.cn-north-1.amazonaws.com.cn/x?X-Amz-Signature=a",
        "https://S3.US-GOV-WEST-1.AMAZONAWS.COM/bucket/x",
    };

    public static TheoryData<string, string> RefusedUrls => new()
    {
        { "http://bucket.s3.amazonaws.com/x", "is not https" },
        { "https://attacker.example.com/x", "is not an AWS host" },
        { "https://evilamazonaws.com/x", "is not an AWS host" },
        { "https://s3.amazonaws.com.attacker.net/x", "is not an AWS host" },
        { "https://52.216.1.1/x", "is not an AWS host" },
        { "https://bucket.s3.amazonaws.com:8443/x", "names a port" },
        { "https://user:secret@bucket.s3.amazonaws.com/x", "carries user info" },
        { "http://127.0.0.1:8080/x", "is not https" },
        { "https://127.0.0.1/x", "is not an AWS host" },
        { "file:///etc/passwd", "is not https" },
    };

    [Theory]
    [MemberData(nameof(PreSignedUrls))]
    public void Refusal_PreSignedS3Url_IsNone(string url)
    {
        // Act
        var refusal = new ResponseUrlPolicy(AllowLoopback: false).Refusal(new Uri(url));

        // Assert
        refusal.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(RefusedUrls))]
    public void Refusal_NotAnAwsHttpsUrl_SaysWhyWithoutTheQueryOrSecret(string url, string why)
    {
        // Act
        var refusal = new ResponseUrlPolicy(AllowLoopback: false).Refusal(new Uri(url + "?X-Amz-Signature=s1gn"));

        // Assert
        refusal.ShouldNotBeNull();
        refusal.ShouldContain(why);
        refusal.ShouldNotContain("s1gn");
        refusal.ShouldNotContain("secret");
    }

    [Theory]
    [InlineData("http://127.0.0.1:49152/cloudformation-custom-resource-response/x", true)]
    [InlineData("https://127.0.0.1/x", true)]
    [InlineData("http://localhost:49152/x", false)]
    [InlineData("http://10.0.0.1/x", false)]
    [InlineData("http://[::1]:49152/x", false)]
    public void Refusal_WithTheLoopbackOverride_AcceptsOnly127001(string url, bool accepted)
    {
        // Act
        var refusal = new ResponseUrlPolicy(AllowLoopback: true).Refusal(new Uri(url));

        // Assert
        (refusal is null).ShouldBe(accepted, refusal);
    }
}
