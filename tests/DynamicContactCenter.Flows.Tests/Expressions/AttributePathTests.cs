using DynamicContactCenter.Flows.Expressions;

namespace DynamicContactCenter.Flows.Tests.Expressions;

public sealed class AttributePathTests
{
    [Theory]
    [InlineData("$.Attributes.name", new[] { "Attributes", "name" })]
    [InlineData("$.Attributes.['name with spaces']", new[] { "Attributes", "name with spaces" })]
    [InlineData("$['Attributes']['Language']", new[] { "Attributes", "Language" })]
    [InlineData("$.External.a.b", new[] { "External", "a", "b" })]
    [InlineData(" $.StoredCustomerInput ", new[] { "StoredCustomerInput" })]
    [InlineData("$.FlowAttributes.module-id", new[] { "FlowAttributes", "module-id" })]
    public void ParseWhole_References_GiveSegments(string text, string[] segments)
    {
        // Act
        var path = AttributePath.ParseWhole(text);

        // Assert
        path.ShouldNotBeNull().Segments.ShouldBe(segments);
    }

    [Theory]
    [InlineData("English")]
    [InlineData("$1000")]
    [InlineData("$.Attributes.x and more")]
    [InlineData("$")]
    [InlineData("${Placeholder}")]
    public void ParseWhole_NotASingleReference_GivesNull(string text)
    {
        // Act / Assert
        AttributePath.ParseWhole(text).ShouldBeNull();
    }

    [Fact]
    public void TryParseAt_TrailingSentencePeriod_IsNotPartOfPath()
    {
        // Act
        var ok = AttributePath.TryParseAt("is $.External.State.", 3, out var path, out var length);

        // Assert
        ok.ShouldBeTrue();
        path.Text.ShouldBe("$.External.State");
        length.ShouldBe(16);
    }
}
