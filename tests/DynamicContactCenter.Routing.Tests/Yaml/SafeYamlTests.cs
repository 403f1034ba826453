using System.Text;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Routing.Yaml;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Routing.Tests.Yaml;

public sealed class SafeYamlTests
{
    private const string File = "hostile.yaml";

    // Each file format words a syntax error under its own code; these tests play such a format.
    private static readonly DiagnosticDescriptor Syntax = new("DCC0002", "not YAML: {0}");

    private static Diagnostic SyntaxError(long line, string message) =>
        Syntax.At(DiagnosticLocation.InFile(File, "(document)", line), Severity.Error, message);

    [Theory]
    [InlineData(9)]
    [InlineData(24)]
    public async Task Load_AliasBombThroughComplexKey_RefusesBeforeAnyDocumentIsBuilt(int depth)
    {
        // Arrange
        var bomb = HostileYaml.AliasBomb(depth);

        // Act: on a worker, so a regression fails the test instead of hanging the run
        var result = await Task.Run(() => SafeYaml.Load(bomb, File, SyntaxError)).WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        result.Value.ShouldBeNull();
        var refusal = result.Diagnostics.ShouldHaveSingleItem();
        refusal.Code.ShouldBe(SafeYamlMessages.TooManyNodes.Code);
        refusal.File.ShouldBe(File);
        refusal.Line.ShouldNotBeNull().ShouldBeGreaterThan(1);
        refusal.Message.ShouldContain("1,000,000");
    }

    [Theory]
    [InlineData("? [a, b]\n: 1\n", 1)]
    [InlineData("x: 1\n? {a: b}\n: 1\n", 2)]
    [InlineData("l: &l [a]\n? *l\n: 1\n", 2)]
    public void Load_KeyThatIsNotText_IsRefusedNamingTheLine(string yaml, long line)
    {
        // Act
        var result = SafeYaml.Load(yaml, File, SyntaxError);

        // Assert
        var refusal = result.Diagnostics.ShouldHaveSingleItem();
        refusal.Code.ShouldBe(SafeYamlMessages.ComplexKey.Code);
        refusal.Line.ShouldBe(line);
    }

    [Fact]
    public void Load_NestingPastTheDepthLimit_IsRefused()
    {
        // Arrange: 10,000 nested flow lists would overflow the stack of a recursive reader
        var yaml = "x: " + new string('[', 10_000) + new string(']', 10_000) + "\n";

        // Act
        var result = SafeYaml.Load(yaml, File, SyntaxError);

        // Assert
        var refusal = result.Diagnostics.ShouldHaveSingleItem();
        refusal.Code.ShouldBe(SafeYamlMessages.TooDeep.Code);
        refusal.Message.ShouldContain("the limit is 64");
    }

    [Fact]
    public void Load_TextOverTheSizeLimit_IsRefusedBeforeParsing()
    {
        // Act
        var result = SafeYaml.Load("x: " + new string('a', 100), File, SyntaxError, new SafeYamlLimits(64, 64, 1000));

        // Assert
        var refusal = result.Diagnostics.ShouldHaveSingleItem();
        refusal.Code.ShouldBe(SafeYamlMessages.TooLarge.Code);
        refusal.Message.ShouldBe("the file is 103 bytes (the limit is 64 bytes)");
    }

    [Fact]
    public void Load_AliasInsideItsOwnAnchor_IsRefused()
    {
        // Act
        var result = SafeYaml.Load("a: &a [x]\nb: &a [*a]\n", File, SyntaxError);

        // Assert
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(SafeYamlMessages.RecursiveAlias.Code);
    }

    [Fact]
    public void Load_OrdinaryAliasesAndAnchors_StillLoad()
    {
        // Act
        var result = SafeYaml.Load("base: &base {voice: Joanna}\nen: *base\nname: &n Alpha\nother: *n\n", File, SyntaxError);

        // Assert
        result.Diagnostics.ShouldBeEmpty();
        result.Value.ShouldNotBeNull().Documents.Count.ShouldBe(1);
    }

    [Fact]
    public void Load_SyntaxError_IsTheCallersFindingOnTheErrorsLine()
    {
        // Act: an unterminated flow mapping on line 2
        var result = SafeYaml.Load("a: 1\nb: {c: d\n", File, SyntaxError);

        // Assert
        result.Value.ShouldBeNull();
        var finding = result.Diagnostics.ShouldHaveSingleItem();
        finding.Code.ShouldBe(Syntax.Code);
        finding.File.ShouldBe(File);
        finding.Line.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(2);
        finding.Message.ShouldStartWith("not YAML: ");
    }

    [Fact]
    public void Decode_ByteThatIsNotUtf8_NamesOffsetAndLine()
    {
        // Arrange
        var bytes = HostileYaml.WithInvalidUtf8("a: 1\nb: 2\n", "organisation: Alpha ");

        // Act
        var refusal = SafeYaml.Decode(bytes, File, out var text);

        // Assert
        text.ShouldBeEmpty();
        refusal.ShouldNotBeNull().Code.ShouldBe(SafeYamlMessages.NotUtf8.Code);
        refusal.Line.ShouldBe(3);
        refusal.Message.ShouldStartWith($"byte {bytes.Length - 2} is not valid UTF-8");
    }

    [Fact]
    public void Decode_Utf8WithBom_DropsTheBom()
    {
        // Act
        var refusal = SafeYaml.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("a: é")], File, out var text);

        // Assert
        refusal.ShouldBeNull();
        text.ShouldBe("a: é");
    }
}
