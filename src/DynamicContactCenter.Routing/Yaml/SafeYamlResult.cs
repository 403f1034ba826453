using DynamicContactCenter.Routing.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace DynamicContactCenter.Routing.Yaml;

/// <summary>What <see cref="SafeYaml"/> read: the documents, or one reason it refused.</summary>
/// <param name="Stream">The loaded documents when the text was within every limit and syntactically valid.</param>
/// <param name="Refusal">A coded finding (limit, encoding, complex key) naming file and line; the reader reports it as is.</param>
/// <param name="SyntaxError">The YAML syntax error and its line, which each reader reports under its own code.</param>
public sealed record SafeYamlResult(YamlStream? Stream, Diagnostic? Refusal, (long Line, string Message)? SyntaxError);
