using System.Text;
using DynamicContactCenter.Routing.Diagnostics;
using DynamicContactCenter.Routing.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Routing.Yaml;

/// <summary>
/// The one guarded way to read YAML (routing, scenario and instance files, <c>DCC_ROUTING_FILE</c>, SeedTables' properties).
/// It walks YamlDotNet's event stream first, refusing with a coded finding before any document is built: more bytes, depth or
/// (alias-expanded) nodes than <see cref="SafeYamlLimits"/> allow, and keys that are not text. Only then does it build the
/// representation, which is now bounded.
/// </summary>
/// <remarks>
/// Why before building: YamlDotNet's representation hashes a complex key by walking it with every alias expanded, so a
/// 488-byte file of nine nested anchored lists and <c>? *a9 : 1</c> takes 31 s (depth 24: forever). The event walk is
/// linear in the text and keeps, per anchor, the size of what it stands for, so the expansion is counted, never done.
/// </remarks>
public static class SafeYaml
{
    /// <summary>Decodes file bytes as strict UTF-8 (a leading BOM is dropped); refuses a file over the size limit or with a byte that is not UTF-8, naming the byte offset and line.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="file">The file name for findings.</param>
    /// <param name="text">The decoded text, or empty when refused.</param>
    /// <param name="limits">The limits; <see cref="SafeYamlLimits.Default"/> when null.</param>
    /// <returns>Null when decoded, else the finding.</returns>
    public static Diagnostic? Decode(byte[] bytes, string? file, out string text, SafeYamlLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        limits ??= SafeYamlLimits.Default;
        text = "";
        if (bytes.Length > limits.MaxBytes)
        {
            return Refuse(SafeYamlMessages.TooLarge, file, 1, bytes.Length, limits.MaxBytes);
        }

        if (!StrictUtf8.TryDecode(bytes, out text, out var badByte))
        {
            return Refuse(SafeYamlMessages.NotUtf8, file, badByte!.Value.Line, badByte.Value.Offset);
        }

        return null;
    }

    /// <summary>Checks <paramref name="yaml"/> against the limits, then loads it: the documents, or one finding (a limit, the
    /// encoding or a complex key, under SafeYaml's codes; a syntax error, as <paramref name="syntaxError"/> words it).</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="file">The file name for findings.</param>
    /// <param name="syntaxError">Makes the finding for a YAML syntax error from its 1-based line and YamlDotNet's message: each
    /// file format reports syntax under its own code (routing DCC12xx, scenarios DCC36xx, instance models DCC3xxx).</param>
    /// <param name="limits">The limits; <see cref="SafeYamlLimits.Default"/> when null.</param>
    public static Result<YamlStream> Load(string yaml, string? file, Func<long, string, Diagnostic> syntaxError, SafeYamlLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(syntaxError);
        limits ??= SafeYamlLimits.Default;
        var size = Encoding.UTF8.GetByteCount(yaml);
        if (size > limits.MaxBytes)
        {
            return new(null, [Refuse(SafeYamlMessages.TooLarge, file, 1, size, limits.MaxBytes)]);
        }

        var parser = new Parser(new StringReader(yaml));
        try
        {
            var refusal = new EventWalk(file, limits).Check(parser);
            if (refusal is not null)
            {
                return new(null, [refusal]);
            }

            var stream = new YamlStream();
            stream.Load(new Parser(new StringReader(yaml)));
            return new(stream, []);
        }
        catch (YamlException e)
        {
            return new(null, [syntaxError(e.Start.Line, e.Message)]);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner throws these (not YamlException) for some unterminated flow collections and
            // duplicate keys; the parser's current event still says where it was.
            return new(null, [syntaxError(parser.Current?.Start.Line ?? 1, e.Message)]);
        }
    }

    private static Diagnostic Refuse(DiagnosticDescriptor descriptor, string? file, long line, params object?[] args) =>
        descriptor.At(DiagnosticLocation.InFile(file, "(document)", line), Severity.Error, args);

    /// <summary>One pass over the events: depth, key shapes and the alias-expanded node count.</summary>
    private sealed class EventWalk(string? file, SafeYamlLimits limits)
    {
        private readonly Dictionary<string, (long Size, bool IsCollection)> _anchors = new(StringComparer.Ordinal);
        private readonly Stack<Frame> _open = new();
        private long _total;

        public Diagnostic? Check(Parser parser)
        {
            while (parser.MoveNext())
            {
                var refusal = parser.Current switch
                {
                    DocumentStart => Reset(),
                    Scalar scalar => Add(1, scalar.Anchor, isCollection: false, scalar.Start.Line),
                    NodeEvent { } start and (SequenceStart or MappingStart) => Open(start),
                    SequenceEnd or MappingEnd => Close(parser.Current.Start.Line),
                    AnchorAlias alias => Alias(alias),
                    _ => null,
                };
                if (refusal is not null)
                {
                    return refusal;
                }
            }

            return null;
        }

        private Diagnostic? Reset()
        {
            // Anchors are per document.
            _anchors.Clear();
            return null;
        }

        private bool InKeyPosition => _open.TryPeek(out var parent) && parent.IsMapping && parent.Children % 2 == 0;

        private Diagnostic? Open(NodeEvent start)
        {
            var isMapping = start is MappingStart;
            if (InKeyPosition)
            {
                return Refuse(SafeYamlMessages.ComplexKey, file, start.Start.Line, isMapping ? "a mapping" : "a list");
            }

            if (_open.Count + 1 > limits.MaxDepth)
            {
                return Refuse(SafeYamlMessages.TooDeep, file, start.Start.Line, _open.Count + 1, limits.MaxDepth);
            }

            _open.Push(new Frame(isMapping, start.Anchor.IsEmpty ? null : start.Anchor.Value));
            return null;
        }

        private Diagnostic? Close(long line)
        {
            var frame = _open.Pop();
            return Add(frame.Size, frame.Anchor is null ? AnchorName.Empty : new AnchorName(frame.Anchor), isCollection: true, line);
        }

        private Diagnostic? Alias(AnchorAlias alias)
        {
            var name = alias.Value.Value;
            if (_open.Any(f => string.Equals(f.Anchor, name, StringComparison.Ordinal)))
            {
                return Refuse(SafeYamlMessages.RecursiveAlias, file, alias.Start.Line, name);
            }

            if (!_anchors.TryGetValue(name, out var anchored))
            {
                return Refuse(SafeYamlMessages.UndefinedAlias, file, alias.Start.Line, name);
            }

            if (anchored.IsCollection && InKeyPosition)
            {
                return Refuse(SafeYamlMessages.ComplexKey, file, alias.Start.Line, $"the alias *{name} of a list or mapping");
            }

            return Add(anchored.Size, AnchorName.Empty, anchored.IsCollection, alias.Start.Line);
        }

        private Diagnostic? Add(long size, AnchorName anchor, bool isCollection, long line)
        {
            _total += size;
            if (_total > limits.MaxNodes)
            {
                return Refuse(SafeYamlMessages.TooManyNodes, file, line, limits.MaxNodes);
            }

            if (_open.TryPeek(out var parent))
            {
                parent.Size += size;
                parent.Children++;
            }

            if (!anchor.IsEmpty)
            {
                _anchors[anchor.Value] = (size, isCollection);
            }

            return null;
        }

        private sealed class Frame(bool isMapping, string? anchor)
        {
            public bool IsMapping { get; } = isMapping;

            public string? Anchor { get; } = anchor;

            /// <summary>The nodes this collection stands for, itself included.</summary>
            public long Size { get; set; } = 1;

            public int Children { get; set; }
        }
    }
}
