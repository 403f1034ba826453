using System.Buffers;
using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DynamicContactCenter.Functions.Runtime;

/// <summary>A failure reported to <c>/error</c> or <c>/init/error</c>: the <c>{errorMessage, errorType, stackTrace}</c> body.</summary>
/// <param name="ErrorType">A category such as <c>Dcc.InvalidEvent</c>, or the exception's type name; also sent as the
/// <c>Lambda-Runtime-Function-Error-Type</c> header.</param>
/// <param name="ErrorMessage">What went wrong, for the person reading the function's error.</param>
/// <param name="StackTrace">Stack frames for bugs; empty for expected failures.</param>
internal sealed record LambdaError(string ErrorType, string ErrorMessage, ImmutableArray<string> StackTrace)
{
    // Lambda truncates larger error payloads; keep well inside it so the JSON stays whole.
    private const int MaxMessageChars = 64 * 1024;

    /// <summary>An error for an unexpected exception (a bug or infrastructure), keeping its stack.</summary>
    public static LambdaError FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var frames = exception.StackTrace?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return new(exception.GetType().Name, exception.Message, [.. frames]);
    }

    /// <summary>The JSON body, written by hand with <see cref="Utf8JsonWriter"/> so it needs no reflection under AOT.</summary>
    public byte[] ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("errorMessage", LoggedText.Cap(ErrorMessage, MaxMessageChars));
            writer.WriteString("errorType", ErrorType);
            writer.WriteStartArray("stackTrace");
            foreach (var frame in StackTrace)
            {
                writer.WriteStringValue(frame);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
