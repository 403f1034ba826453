using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Routing.Tests.Diagnostics;

public sealed class ResultTests
{
    private static readonly Diagnostic Warning = new("DCC1014", Severity.Warning, DiagnosticLocation.InFile("routing.yaml", "languages[\"English\"].prompts.introPromt"), "unused prompt");
    private static readonly Diagnostic Error = new("DCC1001", Severity.Error, DiagnosticLocation.InFile("routing.yaml", "dialedNumbers[\"+1444\"]"), "not an E.164 number");

    [Fact]
    public void Succeeded_OnlyWarnings_KeepsTheValueAndTheWarnings()
    {
        // Act
        var sut = new Result<string>("loaded", [Warning]);

        // Assert
        sut.Succeeded.ShouldBeTrue();
        sut.Value.ShouldBe("loaded");
        sut.Diagnostics.ShouldBe([Warning]);
        sut.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void Succeeded_AnError_DropsTheValueSoNoCallerCanUseIt()
    {
        // Act
        var sut = new Result<string>("half-loaded", [Warning, Error]);

        // Assert
        sut.Succeeded.ShouldBeFalse();
        sut.Value.ShouldBeNull();
        sut.Errors.ShouldBe([Error]);
    }

    [Fact]
    public void Succeeded_NoValue_FailsWithTheReason()
    {
        // Act
        var sut = new Result<string>(null, [Error]);

        // Assert
        sut.Succeeded.ShouldBeFalse();
        sut.Diagnostics.Single().Code.ShouldBe("DCC1001");
    }
}
