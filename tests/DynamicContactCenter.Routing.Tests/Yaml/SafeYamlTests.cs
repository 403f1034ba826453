using System.Text;
using DynamicContactCenter.Routing.Yaml;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Routing.Tests.Yaml;

public sealed class SafeYamlTests
{
    private const string File = "hostile.yaml";

    [Theory]
    [InlineData(9)]
    [InlineData(24)]
    public async Task Load_AliasBombThroughComplexKey_RefusesBeforeAnyDocumentIsBuilt(int depth)
    {
        // Arrange
        var bomb = HostileYaml.AliasBomb(depth);

        // Act: on a worker, so a regression fails the test instead of hanging the run
        var result = await Task.Run(() => SafeYaml.Load(bomb, File)).WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        result.Stream.ShouldBeNull();
        result.Refusal.ShouldNotBeNull().Code.ShouldBe(SafeYamlMessages.TooManyNodes.Code);
        result.Refusal.File.ShouldBe(File);
        result.Refusal.Line.ShouldNotBeNull().ShouldBeGreaterThan(1);
        result.Refusal.Message.ShouldContain("1,000,000");
    }

    [Theory]
    [InlineData("? [a, b]\n: 1\n", 1)]
    [InlineData("x: 1\n? {a: b}\n: 1\n", 2)]
    [InlineData("l: &l [a]\n? *l\n: 1\n", 2)]
    public void Load_KeyThatIsNotText_IsRefusedNamingTheLine(string yaml, long line)
    {
        // Act
        var result = SafeYaml.Load(yaml, File);

        // Assert
        result.Refusal.ShouldNotBeNull().Code.ShouldBe(SafeYamlMessages.ComplexKey.Code);
        result.Refusal.Line.ShouldBe(line);
    }

    [Fact]
    public void Load_NestingPastTheDepthLimit_IsRefused()
    {
        // Arrange: 10,000 nested flow lists would overflow the stack of a recursive reader
        var yaml = "x: " + new string('[', 10_000) + new string(']', 10_000) + "\n";

        // Act
        var result = SafeYaml.Load(yaml, File);

        // Assert
        result.Refusal.ShouldNotBeNull().Code.ShouldBe(SafeYamlMessages.TooDeep.Code);
        result.Refusal.Message.ShouldContain("the limit is 64");
    }

    [Fact]
    public void Load_TextOverTheSizeLimit_IsRefusedBeforeParsing()
    {
        // Act
        var result = SafeYaml.Load("x: " + new string('a', 100), File, new SafeYamlLimits(64, 64, 1000));

        // Assert
        result.Refusal.ShouldNotBeNull().Code.ShouldBe(SafeYamlMessages.TooLarge.Code);
        result.Refusal.Message.ShouldBe("the file is 103 bytes (the limit is 64 bytes)");
    }

    [Fact]
    public void Load_AliasInsideItsOwnAnchor_IsRefused()
    {
        // Act
        var result = SafeYaml.Load("a: &a [x]\nb: &a [*a]\n", File);

        // Assert
        result.Refusal.ShouldNotBeNull().Code.ShouldBe(SafeYamlMessages.RecursiveAlias.Code);
    }

    [Fact]
    public void Load_OrdinaryAliasesAndAnchors_StillLoad()
    {
        // Act
        var result = SafeYaml.Load("base: &base {voice: Joanna}\nen: *base\nname: &n Alpha\nother: *n\n", File);

        // Assert
        result.Refusal.ShouldBeNull();
        result.SyntaxError.ShouldBeNull();
        result.Stream.ShouldNotBeNull().Documents.Count.ShouldBe(1);
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
