using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Routing.SessionAttributes;

/// <summary>
/// Perpetual session attributes (DESIGN.md §4): every Connect function answers with
/// parameters (without <c>sessionAttributes</c>) ∪ the decoded <c>sessionAttributes</c> parameter ∪ its own result,
/// later sources winning, plus <c>sessionAttributes</c> = that union as a JSON string.
/// </summary>
/// <remarks>
/// Decisions, each pinned by a test:
/// <list type="bullet">
/// <item>A missing, JSON-null or empty-string <c>sessionAttributes</c> means "no session yet" (the first call of a contact).</item>
/// <item>A <c>sessionAttributes</c> string that is not JSON, or JSON that is not an object, fails; a JSON object given directly
/// (not as a string, as only local callers do) is accepted.</item>
/// <item>Numbers and booleans become their JSON text (<c>3</c>, <c>true</c>), JSON null becomes <c>""</c>; objects and arrays fail
/// naming the key, because a STRING_MAP response must be flat.</item>
/// <item>A <c>sessionAttributes</c> key inside the decoded session is dropped, so the session never nests inside itself.</item>
/// <item>Non-ASCII text is written as UTF-8, not <c>\uXXXX</c>, and the size limit counts those UTF-8 bytes of the whole body.</item>
/// </list>
/// </remarks>
public static class SessionAttributeFold
{
    /// <summary>The parameter (and response key) that carries the session.</summary>
    public const string SessionAttributesKey = "sessionAttributes";

    /// <summary>Connect accepts a response of less than this many UTF-8 bytes (32 KB).</summary>
    public const int ResponseLimitBytes = 32 * 1024;

    private const string ParametersLocation = "Details.Parameters";
    private const string SessionLocation = "Details.Parameters.sessionAttributes";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Folds the event's parameters, the session they carry and a function's result into the response body.</summary>
    /// <param name="parameters">The event's <c>Details.Parameters</c>; an undefined or null element counts as no parameters.</param>
    /// <param name="result">What the function computed; its keys win over the parameters and the session.</param>
    public static SessionFoldResult Fold(JsonElement parameters, IEnumerable<KeyValuePair<string, string>> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var union = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        JsonElement? session = null;

        if (parameters.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null))
        {
            if (parameters.ValueKind != JsonValueKind.Object)
            {
                return Fail(SessionAttributeMessages.ParametersNotObject.Code, ParametersLocation,
                    Format(SessionAttributeMessages.ParametersNotObject.Format, Kind(parameters.ValueKind)));
            }

            foreach (var property in parameters.EnumerateObject())
            {
                if (property.Name == SessionAttributesKey)
                {
                    session = property.Value;
                    continue;
                }

                var error = AddFlat(union, property, ParametersLocation, "Parameter");
                if (error is not null)
                {
                    return SessionFoldResult.Failure(error);
                }
            }
        }

        if (session is { } sessionValue)
        {
            var error = AddSession(union, sessionValue);
            if (error is not null)
            {
                return SessionFoldResult.Failure(error);
            }
        }

        foreach (var (key, value) in result)
        {
            if (key != SessionAttributesKey)
            {
                union[key] = value;
            }
        }

        return BuildResponse(union);
    }

    private static Diagnostic? AddSession(OrderedDictionary<string, string> union, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Object:
                return AddSessionObject(union, value);
            case JsonValueKind.String:
                var text = value.GetString()!;
                if (text.Length == 0)
                {
                    return null;
                }

                try
                {
                    using var document = JsonDocument.Parse(text);
                    if (document.RootElement.ValueKind != JsonValueKind.Object)
                    {
                        return Error(SessionAttributeMessages.NotObject.Code, SessionLocation,
                            Format(SessionAttributeMessages.NotObject.Format, Kind(document.RootElement.ValueKind)));
                    }

                    return AddSessionObject(union, document.RootElement);
                }
                catch (JsonException exception)
                {
                    return Error(SessionAttributeMessages.NotJson.Code, SessionLocation,
                        Format(SessionAttributeMessages.NotJson.Format, exception.Message));
                }

            default:
                return Error(SessionAttributeMessages.NotObject.Code, SessionLocation,
                    Format(SessionAttributeMessages.NotObject.Format, Kind(value.ValueKind)));
        }
    }

    private static Diagnostic? AddSessionObject(OrderedDictionary<string, string> union, JsonElement session)
    {
        foreach (var property in session.EnumerateObject())
        {
            // The session must not carry itself, or it would nest one level deeper on every call.
            if (property.Name == SessionAttributesKey)
            {
                continue;
            }

            var error = AddFlat(union, property, SessionLocation, "sessionAttributes");
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    private static Diagnostic? AddFlat(OrderedDictionary<string, string> union, JsonProperty property, string location, string source)
    {
        switch (property.Value.ValueKind)
        {
            case JsonValueKind.String:
                union[property.Name] = property.Value.GetString()!;
                return null;
            case JsonValueKind.Number:
            case JsonValueKind.True:
            case JsonValueKind.False:
                union[property.Name] = property.Value.GetRawText();
                return null;
            case JsonValueKind.Null:
                union[property.Name] = "";
                return null;
            default:
                return Error(SessionAttributeMessages.NestedValue.Code, $"{location}.{property.Name}",
                    Format(SessionAttributeMessages.NestedValue.Format, source, property.Name, Kind(property.Value.ValueKind)));
        }
    }

    private static SessionFoldResult BuildResponse(OrderedDictionary<string, string> union)
    {
        var sessionBuffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(sessionBuffer, WriterOptions))
        {
            WriteObject(writer, union, sessionJson: null);
        }

        var sessionJson = Encoding.UTF8.GetString(sessionBuffer.WrittenSpan);
        var responseBuffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(responseBuffer, WriterOptions))
        {
            WriteObject(writer, union, sessionJson);
        }

        var size = responseBuffer.WrittenCount;
        if (size >= ResponseLimitBytes)
        {
            var largest = string.Join(", ", union
                .OrderByDescending(pair => Encoding.UTF8.GetByteCount(pair.Value))
                .Take(3)
                .Select(pair => $"'{pair.Key}' ({Encoding.UTF8.GetByteCount(pair.Value):N0} bytes)"));
            var error = Error(SessionAttributeMessages.ResponseTooLarge.Code, "response",
                Format(SessionAttributeMessages.ResponseTooLarge.Format, size, ResponseLimitBytes, largest));
            return SessionFoldResult.Failure(error, size);
        }

        return SessionFoldResult.Success([.. union], Encoding.UTF8.GetString(responseBuffer.WrittenSpan), size);
    }

    private static void WriteObject(Utf8JsonWriter writer, OrderedDictionary<string, string> union, string? sessionJson)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in union)
        {
            writer.WriteString(key, value);
        }

        if (sessionJson is not null)
        {
            writer.WriteString(SessionAttributesKey, sessionJson);
        }

        writer.WriteEndObject();
    }

    private static SessionFoldResult Fail(string code, string location, string message) =>
        SessionFoldResult.Failure(Error(code, location, message));

    private static Diagnostic Error(string code, string location, string message) =>
        new(code, Severity.Error, DiagnosticLocation.InFile(null, location), message);

    private static string Format(string format, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, format, args);

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
