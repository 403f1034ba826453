using DynamicContactCenter.Cli.Packaging;

namespace DynamicContactCenter.Deploy.Tests.Packaging;

/// <summary>The printed commands can be pasted into a shell as they are.</summary>
public sealed class DeployCommandsTests
{
    [Theory]
    [InlineData("dcc-prod", "dcc-prod")]
    [InlineData("OrganisationName=Alpha to Zulu Corp", "'OrganisationName=Alpha to Zulu Corp'")]
    [InlineData("<artifact-bucket>", "'<artifact-bucket>'")]
    [InlineData("O'Brien", "'O'\\''Brien'")]
    [InlineData("EnglishPhoneNumber=+14443330000", "EnglishPhoneNumber=+14443330000")]
    public void Quote_Word_IsSafeToPasteIntoAShell(string word, string expected)
    {
        // Arrange / Act
        var quoted = DeployCommands.Quote(word);

        // Assert
        quoted.ShouldBe(expected);
    }
}
