using DynamicContactCenter.Functions.Tests.TestHelpers;
using DynamicContactCenter.Local;

namespace DynamicContactCenter.Functions.Tests.Local;

public sealed class LocalLambdaInvokerTests
{
    [Theory]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:dcc-prod-GetDynAttributes", "GetDynAttributes")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:dcc-dev-GetPrompts", "GetPrompts")]
    [InlineData("GetLambdas", "GetLambdas")]
    [InlineData("arn:aws:lambda:us-east-1:1:function:getDynamicAttributes", "GetDynAttributes")]
    [InlineData("arn:aws:lambda:us-east-1:1:function:Weather", null)]
    public void HandlerFor_FunctionArn_IsTheHandlerItsNameEndsWith(string arn, string? expected) =>
        LocalLambdaInvoker.HandlerFor(arn).ShouldBe(expected);

    [Fact]
    public async Task Invoke_ThroughJitBootstrapProcess_ReturnsTheResponse()
    {
        // Arrange
        await using var sut = new LocalLambdaInvoker(Path.Combine(AppContext.BaseDirectory, "bootstrap.dll"), new Dictionary<string, string>());

        // Act
        var result = await sut.InvokeAsync("arn:aws:lambda:us-east-1:123456789012:function:dcc-prod-GetDynAttributes",
            ConnectEvents.Create("+14443331111"), TimeSpan.FromSeconds(30), CancellationToken.None);

        // Assert
        result.Succeeded.ShouldBeTrue(result.Error);
        ConnectEvents.ReadMap(result.ResponseJson!)["language"].ShouldBe("Spanish");
    }

    [Fact]
    public async Task Invoke_UnknownFunction_FailsListingTheHandlers()
    {
        // Arrange
        await using var sut = new LocalLambdaInvoker("/nonexistent/bootstrap", new Dictionary<string, string>());

        // Act
        var result = await sut.InvokeAsync("arn:aws:lambda:us-east-1:1:function:Weather", "{}", TimeSpan.FromSeconds(1), CancellationToken.None);

        // Assert
        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldStartWith("DCC4504");
        result.Error!.ShouldContain("GetLambdas, GetDynAttributes, GetPrompts, SeedTables");
    }
}
