using DynamicContactCenter.Functions.Configuration;
using DynamicContactCenter.Functions.Tests.TestHelpers;

namespace DynamicContactCenter.Functions.Tests.Configuration;

public sealed class FunctionSettingsTests
{
    [Fact]
    public void Read_FullEnvironment_ReadsEverySetting()
    {
        // Arrange
        var environment = new FakeEnvironmentVariables(new()
        {
            ["_HANDLER"] = "GetPrompts",
            ["AWS_LAMBDA_RUNTIME_API"] = "127.0.0.1:9001",
            ["ENVIRONMENTS_TABLE"] = "env",
            ["DIALED_NUMBERS_TABLE"] = "numbers",
            ["PROMPTS_TABLE"] = "prompts",
            ["DEFAULT_LANGUAGE"] = "Spanish",
            ["AWS_ENDPOINT_URL_DYNAMODB"] = "http://127.0.0.1:4567",
            ["AWS_REGION"] = "eu-west-1",
            ["DCC_CACHE_TTL_SECONDS"] = "5",
            ["DCC_RUN_ONCE"] = "true",
            ["DCC_ALLOW_LOOPBACK_RESPONSE_URL"] = "1",
        });

        // Act
        var (sut, errors) = FunctionSettings.Read(environment);

        // Assert
        errors.ShouldBeEmpty();
        sut.Handler.ShouldBe("GetPrompts");
        sut.RuntimeApi.ShouldBe("127.0.0.1:9001");
        sut.Tables.ShouldBe(new Storage.DynamoDb.RoutingTableNames("env", "numbers", "prompts"));
        sut.DefaultLanguage.ShouldBe("Spanish");
        sut.DynamoDbEndpoint.ShouldBe(new Uri("http://127.0.0.1:4567"));
        sut.Region.ShouldBe("eu-west-1");
        sut.CacheTtl.ShouldBe(TimeSpan.FromSeconds(5));
        sut.RunOnce.ShouldBeTrue();
        sut.AllowLoopbackResponseUrl.ShouldBeTrue();
    }

    [Fact]
    public void Read_EmptyEnvironment_UsesDefaults()
    {
        // Act
        var (sut, errors) = FunctionSettings.Read(new FakeEnvironmentVariables([]));

        // Assert
        errors.ShouldBeEmpty();
        sut.Tables.ShouldBeNull();
        sut.DefaultLanguage.ShouldBe("English");
        sut.CacheTtl.ShouldBe(TimeSpan.FromSeconds(60));
        sut.RunOnce.ShouldBeFalse();
        sut.AllowLoopbackResponseUrl.ShouldBeFalse("a deployed seeder answers AWS https URLs only");
    }

    public static TheoryData<Dictionary<string, string>, string, string> BadSettings => new()
    {
        { new() { ["PROMPTS_TABLE"] = "p" }, Storage.StorageMessages.TablesPartlySet.Code, "only PROMPTS_TABLE set" },
        { new() { ["AWS_ENDPOINT_URL_DYNAMODB"] = "not a url" }, FunctionMessages.BadSetting.Code, "AWS_ENDPOINT_URL_DYNAMODB is 'not a url'" },
        { new() { ["DCC_CACHE_TTL_SECONDS"] = "-3" }, FunctionMessages.BadSetting.Code, "DCC_CACHE_TTL_SECONDS is '-3'" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void Read_BadValue_ReportsItByName(Dictionary<string, string> values, string code, string messagePart)
    {
        // Act
        var (_, errors) = FunctionSettings.Read(new FakeEnvironmentVariables(values));

        // Assert
        errors.ShouldHaveSingleItem().ShouldStartWith(code);
        errors[0].ShouldContain(messagePart);
    }
}
