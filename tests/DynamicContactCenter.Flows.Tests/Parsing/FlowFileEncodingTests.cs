using System.Text;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Parsing;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Parsing;

/// <summary>Issue #10 item 6 for flow JSON: a raw byte that is not UTF-8 is an error naming the file, byte offset and line, never a
/// U+FFFD that a caller would hear.</summary>
public sealed class FlowFileEncodingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-flow-utf8-").FullName;

    [Fact]
    public void ParseFile_RawLatin1Byte_IsAnErrorNamingFileOffsetAndLine()
    {
        // Arrange: "Caf\xE9" written as Latin-1, on the flow's second line.
        var json = Flow(Say("A", "Cafe", "B"), Disconnect("B")).Replace("{\"Version\"", "{\n\"Version\"", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(json);
        var offset = json.IndexOf("Cafe", StringComparison.Ordinal) + 3;
        bytes[offset] = 0xE9;
        var path = Path.Combine(_folder, "Latin1.json");
        File.WriteAllBytes(path, bytes);

        // Act
        var result = FlowParser.ParseFile(path);

        // Assert
        result.Value.ShouldBeNull();
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(FlowMessages.NotUtf8.Code);
        error.File.ShouldBe(path);
        error.Message.ShouldContain($"byte {offset} (line 2)");
        error.Message.ShouldNotContain("\uFFFD");
    }

    [Fact]
    public void ParseFile_Utf8WithByteOrderMark_Parses()
    {
        // Arrange
        var path = Path.Combine(_folder, "Bom.json");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Flow(Say("A", "Café", "B"), Disconnect("B")))]);

        // Act
        var result = FlowParser.ParseFile(path);

        // Assert
        result.Diagnostics.ShouldBeEmpty();
        result.Value.ShouldNotBeNull();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
