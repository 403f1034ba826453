using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Model;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Routing.Text;

namespace DynamicContactCenter.Flows.Parsing;

/// <summary>Parses flow-language JSON into a <see cref="FlowModel"/>. Accepts what real exports contain: the bare document, Connect's
/// DescribeContactFlow output (<c>{"ContactFlow": {"Content": "..."}}</c>), <c>{Name, Type, Content}</c>, and a CloudFormation
/// <c>AWS::Connect::ContactFlow</c> resource; scalars written as strings; missing <c>Parameters</c>; empty <c>Errors</c>;
/// friendly identifiers. <c>Metadata</c> is ignored except for the flow's name.</summary>
/// <remarks>Never throws for bad input: every problem is a <see cref="Diagnostic"/> naming the file, the action and the field.</remarks>
public static class FlowParser
{
    /// <summary>The only flow-language version.</summary>
    public const string SupportedVersion = "2019-10-30";

    private const int MaxActions = 250;
    private const int MaxContentLength = 256_000;
    private const int MaxWrapperDepth = 4;

    /// <summary>How flow files are read as JSON (comments and trailing commas allowed, as the console tolerates): every reader of a
    /// flow file uses these.</summary>
    internal static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Reads and parses the flow in <paramref name="path"/>.</summary>
    /// <param name="path">The flow file.</param>
    /// <param name="flowName">The name to give the flow; null takes it from the document or the file name.</param>
    public static Result<FlowModel> ParseFile(string path, string? flowName = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = System.IO.File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            var name = flowName ?? Path.GetFileNameWithoutExtension(path);
            return new Result<FlowModel>(null, [Error(FlowMessages.FileUnreadable.Code, path, name, null, null, FlowMessages.FileUnreadable.Format, e.Message)]);
        }

        if (!StrictUtf8.TryDecode(bytes, out var text, out var badByte))
        {
            var name = flowName ?? Path.GetFileNameWithoutExtension(path);
            return new Result<FlowModel>(null, [Error(FlowMessages.NotUtf8.Code, path, name, null, null, FlowMessages.NotUtf8.Format, badByte!.Value.Offset, badByte.Value.Line)]);
        }

        return Parse(text, path, flowName);
    }

    /// <summary>Parses flow JSON text.</summary>
    /// <param name="json">The document or a wrapper of it.</param>
    /// <param name="file">The file it came from, for diagnostics; null for text from elsewhere.</param>
    /// <param name="flowName">The name to give the flow; null takes it from the document or the file name.</param>
    public static Result<FlowModel> Parse(string json, string? file = null, string? flowName = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var fallbackName = flowName ?? (file is null ? "flow" : Path.GetFileNameWithoutExtension(file));
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            return new Result<FlowModel>(null, [Error(FlowMessages.InvalidJson.Code, file, fallbackName, null, null, FlowMessages.InvalidJson.Format, e.Message)]);
        }
        catch (ArgumentException)
        {
            // A lone surrogate char in the text itself (not an escape): the JSON reader cannot transcode it to UTF-8.
            return new Result<FlowModel>(null, [Error(FlowMessages.InvalidText.Code, file, fallbackName, null, "$", FlowMessages.InvalidText.Format, "text", "$")]);
        }

        using (document)
        {
            if (FlowJsonCheck.FirstProblem(document.RootElement, file, flowName ?? fallbackName, "") is { } problem)
            {
                return Fail(problem);
            }

            return ParseRoot(document.RootElement, file, flowName, fallbackName, json.Length, 0);
        }
    }

    private static Result<FlowModel> ParseRoot(JsonElement root, string? file, string? flowName, string fallbackName, int length, int depth)
    {
        if (root.ValueKind != JsonValueKind.Object || depth > MaxWrapperDepth)
        {
            var found = depth > MaxWrapperDepth ? $"wrappers nested more than {MaxWrapperDepth} deep" : "found " + Describe(root);
            return Fail(FlowMessages.NotAFlow.ErrorAt(DiagnosticLocation.InFlow(file, flowName ?? fallbackName, null, null), found));
        }

        if (Legacy.LegacyFlowTranslator.IsLegacy(root))
        {
            // The 2018–2020 export format: translated to flow language first, so every command reads it as it reads a modern export.
            var legacy = Legacy.LegacyFlowTranslator.Translate(root, file, flowName ?? Legacy.LegacyFlowTranslator.Name(root) ?? fallbackName);
            if (legacy.Document is null) return new Result<FlowModel>(null, legacy.Diagnostics);
            using var modern = JsonDocument.Parse(legacy.Document.ToJsonString());
            var read = ParseRoot(modern.RootElement, file, flowName, fallbackName, length, depth + 1);
            return new Result<FlowModel>(read.Value, legacy.Diagnostics.AddRange(read.Diagnostics));
        }

        if (!root.TryGetProperty("Actions", out _))
        {
            // Wrappers: DescribeContactFlow output, {Name, Type, Content}, or a CloudFormation resource with Properties.
            if (root.TryGetProperty("ContactFlow", out var contactFlow) && contactFlow.ValueKind == JsonValueKind.Object)
            {
                return ParseRoot(contactFlow, file, flowName, fallbackName, length, depth + 1);
            }

            if (root.TryGetProperty("Properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
            {
                return ParseRoot(properties, file, flowName, fallbackName, length, depth + 1);
            }

            if (root.TryGetProperty("Content", out var content))
            {
                var wrapperName = flowName ?? (root.TryGetProperty("Name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null);
                return ParseContent(content, file, wrapperName, fallbackName, depth);
            }

            return Fail(FlowMessages.NotAFlow.ErrorAt(DiagnosticLocation.InFlow(file, flowName ?? fallbackName, null, null),
                "found an object without Actions, ContactFlow, Properties or Content"));
        }

        return new FlowDocumentReader(file, ResolveName(root, flowName, fallbackName)).Read(root, length);
    }

    private static Result<FlowModel> ParseContent(JsonElement content, string? file, string? flowName, string fallbackName, int depth)
    {
        switch (content.ValueKind)
        {
            case JsonValueKind.String:
                var text = content.GetString()!;
                try
                {
                    using var inner = JsonDocument.Parse(text, DocumentOptions);
                    if (FlowJsonCheck.FirstProblem(inner.RootElement, file, flowName ?? fallbackName, "Content: ") is { } problem)
                    {
                        return Fail(problem);
                    }

                    return ParseRoot(inner.RootElement, file, flowName, fallbackName, text.Length, depth + 1);
                }
                catch (JsonException e)
                {
                    return Fail(Error(FlowMessages.InvalidJson.Code, file, flowName ?? fallbackName, null, "Content", FlowMessages.InvalidJson.Format, e.Message));
                }

            case JsonValueKind.Object:
                return ParseRoot(content, file, flowName, fallbackName, content.GetRawText().Length, depth + 1);
            default:
                return Fail(FlowMessages.NotAFlow.ErrorAt(DiagnosticLocation.InFlow(file, flowName ?? fallbackName, null, "Content"),
                    $"its Content is {Describe(content)}, not the flow JSON as a string or an object"));
        }
    }

    private static string ResolveName(JsonElement root, string? flowName, string fallbackName)
    {
        if (flowName is not null) return flowName;
        if (root.TryGetProperty("Metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
            && metadata.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(name.GetString()))
        {
            return name.GetString()!;
        }

        return fallbackName;
    }

    private static Result<FlowModel> Fail(Diagnostic diagnostic) => new(null, [diagnostic]);

    internal static Diagnostic Error(string code, string? file, string? flow, string? action, string? field, string format, params object?[] args) =>
        new(code, Severity.Error, DiagnosticLocation.InFlow(file, flow, action, field), string.Format(CultureInfo.InvariantCulture, format, args));

    internal static Diagnostic Warning(string code, string? file, string? flow, string? action, string? field, string format, params object?[] args) =>
        new(code, Severity.Warning, DiagnosticLocation.InFlow(file, flow, action, field), string.Format(CultureInfo.InvariantCulture, format, args));

    /// <summary>A JSON value's kind in words, for messages.</summary>
    internal static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "missing",
    };

    internal static ImmutableArray<Diagnostic> Empty => [];
    internal const int ActionLimit = MaxActions;
    internal const int ContentLimit = MaxContentLength;
}
