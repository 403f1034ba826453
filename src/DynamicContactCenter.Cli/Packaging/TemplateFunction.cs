using System.Collections.Immutable;

namespace DynamicContactCenter.Cli.Packaging;

/// <summary>An AWS::Lambda::Function of the source template.</summary>
/// <param name="LogicalId">Its name in the template (GetLambdas, ...).</param>
/// <param name="Handler">Its Handler, which Lambda passes to the bootstrap as <c>_HANDLER</c>; null when missing.</param>
/// <param name="Architectures">Where each Architectures value sits in the text.</param>
internal sealed record TemplateFunction(string LogicalId, string? Handler, ImmutableArray<TextSpan> Architectures);
