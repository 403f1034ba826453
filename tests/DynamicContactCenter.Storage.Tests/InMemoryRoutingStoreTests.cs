using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Storage.Tests;

public sealed class InMemoryRoutingStoreTests
{
    [Fact]
    public async Task Default_SpanishNumber_ReturnsItsRowFromEmbeddedData()
    {
        // Arrange
        var sut = InMemoryRoutingStore.Default;

        // Act
        var number = await sut.GetDialedNumberAsync("+14443331111", CancellationToken.None);
        var spanish = await sut.GetPromptSetAsync("Spanish", CancellationToken.None);
        var prod = await sut.GetEnvironmentAsync("prod", CancellationToken.None);

        // Assert
        number.ShouldBe(new DialedNumber("+14443331111", "Spanish line", SampleRoutingData.QueueArn(2), "Spanish"));
        spanish!.Voice.ShouldBe("Lupe");
        spanish.Prompts[PromptNames.Exit].ShouldBe("Por favor llame más tarde. Gracias por llamar a Alpha to Zulu Corp. Adiós.");
        prod!.Functions[EnvironmentEntry.GetPrompts].ShouldBe("arn:aws:lambda:us-east-1:123456789012:function:dcc-prod-GetPrompts");
    }

    [Fact]
    public async Task GetRows_UnknownKeys_ReturnNull()
    {
        // Arrange
        var sut = InMemoryRoutingStore.Create(SampleRoutingData.Tenant());

        // Act
        var number = await sut.GetDialedNumberAsync("+19999999999", CancellationToken.None);
        var language = await sut.GetPromptSetAsync("German", CancellationToken.None);
        var environment = await sut.GetEnvironmentAsync("staging", CancellationToken.None);

        // Assert
        number.ShouldBeNull();
        language.ShouldBeNull();
        environment.ShouldBeNull();
    }

    [Fact]
    public void Create_InvalidData_ThrowsNamingEveryError()
    {
        // Arrange
        var data = SampleRoutingData.Tenant() with { DefaultLanguage = "Klingon" };
        data = data with { DialedNumbers = [data.DialedNumbers[0] with { Number = "+1444" }] };

        // Act
        var error = Should.Throw<ArgumentException>(() => InMemoryRoutingStore.Create(data));

        // Assert
        error.Message.ShouldContain("DCC1001");
        error.Message.ShouldContain("DCC1009");
    }
}
