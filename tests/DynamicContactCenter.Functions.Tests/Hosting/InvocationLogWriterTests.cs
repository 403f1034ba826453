using System.Text;
using System.Text.Json;
using DynamicContactCenter.Functions.Handlers;
using DynamicContactCenter.Functions.Hosting;

namespace DynamicContactCenter.Functions.Tests.Hosting;

public sealed class InvocationLogWriterTests
{
    private static readonly DateTimeOffset Time = new(2026, 11, 29, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Format_HugeCallerValues_CapsEachWithAVisibleMarkerAndTheLineStaysParseableUnderCloudWatchsLimit()
    {
        // Arrange: a 600,000-character value echoed in the message and in 50 notes (CloudWatch cuts events at 256 KB).
        var huge = new string('A', 600_000);
        var outcome = new FunctionOutcome(FunctionNames.GetPrompts, null, ErrorTypes.RoutingDataNotFound, "DCC4014: Language '" + huge + "' has no row.",
            TimeSpan.FromMilliseconds(3), huge, [.. Enumerable.Repeat("served a stale row '" + huge + "'", 50)]);

        // Act
        var line = InvocationLogWriter.Format("req-1", outcome, Time);

        // Assert
        Encoding.UTF8.GetByteCount(line).ShouldBeLessThan(256 * 1024);
        using var log = JsonDocument.Parse(line);
        var message = log.RootElement.GetProperty("errorMessage").GetString()!;
        message.ShouldStartWith("DCC4014: Language 'AAAA");
        message.ShouldEndWith($"…[+{outcome.ErrorMessage!.Length - LoggedText.DefaultMaxChars} chars]");
        log.RootElement.GetProperty("contactId").GetString()!.ShouldContain("…[+");
        var notes = log.RootElement.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).ToList();
        notes.Count.ShouldBe(InvocationLogWriter.MaxNotes + 1);
        notes[0].ShouldContain("…[+");
        notes[^1].ShouldBe($"…[+{50 - InvocationLogWriter.MaxNotes} more notes]");
    }

    [Fact]
    public void Format_ValuesFullOfCharactersJsonEscapes_StillFitsTheLineLimit()
    {
        // Arrange: control characters are written as \u00XX, six bytes each, so capping characters alone is not enough.
        var controls = new string('\u0001', 600_000);
        var outcome = new FunctionOutcome(FunctionNames.GetPrompts, null, ErrorTypes.InvalidEvent, controls, TimeSpan.Zero, controls,
            [.. Enumerable.Repeat(controls, 50)]);

        // Act
        var line = InvocationLogWriter.Format("req-2", outcome, Time);

        // Assert
        Encoding.UTF8.GetByteCount(line).ShouldBeLessThanOrEqualTo(InvocationLogWriter.MaxLineBytes);
        JsonDocument.Parse(line).RootElement.GetProperty("errorMessage").GetString()!.ShouldEndWith(" chars]");
    }

    [Fact]
    public void Cap_CutInsideASurrogatePair_KeepsThePairWhole()
    {
        // Arrange: "😀" is two UTF-16 units; a cut after the first would leave a lone surrogate the JSON writer rejects.
        var text = "ab😀cd";

        // Act
        var capped = LoggedText.Cap(text, 3);

        // Assert
        capped.ShouldBe("ab…[+4 chars]");
    }

    [Fact]
    public void Format_ShortValues_AreWrittenWhole()
    {
        // Arrange
        var outcome = new FunctionOutcome(FunctionNames.GetPrompts, "{}", null, null, TimeSpan.Zero, "c-1", ["note one"]);

        // Act
        using var log = JsonDocument.Parse(InvocationLogWriter.Format("req-3", outcome, Time));

        // Assert
        log.RootElement.GetProperty("contactId").GetString().ShouldBe("c-1");
        log.RootElement.GetProperty("notes")[0].GetString().ShouldBe("note one");
    }
}
