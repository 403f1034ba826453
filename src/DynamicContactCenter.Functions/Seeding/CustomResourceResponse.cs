using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DynamicContactCenter.Functions.Seeding;

/// <summary>The JSON answer PUT to the ResponseURL (reference §6), at most 4,096 bytes: the Reason is cut to fit.</summary>
internal sealed record CustomResourceResponse(
    string Status,
    string? Reason,
    string PhysicalResourceId,
    string? StackId,
    string? RequestId,
    string? LogicalResourceId)
{
    public const string Success = "SUCCESS";
    public const string Failed = "FAILED";
    public const int MaxBytes = 4096;

    private const string StatusField = "Status";
    private const string ReasonField = "Reason";
    private const string PhysicalIdField = "PhysicalResourceId";

    public byte[] ToJson()
    {
        var body = Write(Reason);
        if (body.Length <= MaxBytes || Reason is null)
        {
            return body;
        }

        // Keep the longest start of the reason (the first errors) that fits with "...", measured in encoded bytes (multi-byte
        // characters and JSON escapes included) and never splitting a surrogate pair. Fitting only shrinks as the start grows.
        var (fits, tooLong) = (0, Reason.Length);
        while (tooLong - fits > 1)
        {
            var middle = fits + ((tooLong - fits) / 2);
            if (Write(Cut(Reason, middle)).Length <= MaxBytes)
            {
                fits = middle;
            }
            else
            {
                tooLong = middle;
            }
        }

        return Write(Cut(Reason, fits));
    }

    private static string Cut(string reason, int length)
    {
        if (length > 0 && char.IsHighSurrogate(reason[length - 1]))
        {
            length--;
        }

        return string.Concat(reason.AsSpan(0, length), "...");
    }

    private byte[] Write(string? reason)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString(StatusField, Status);
            if (reason is not null)
            {
                writer.WriteString(ReasonField, reason);
            }

            writer.WriteString(PhysicalIdField, PhysicalResourceId);
            WriteIfSet(writer, "StackId", StackId);
            WriteIfSet(writer, "RequestId", RequestId);
            WriteIfSet(writer, "LogicalResourceId", LogicalResourceId);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>The body as text (the function's own response and log).</summary>
    public override string ToString() => Encoding.UTF8.GetString(ToJson());
}
