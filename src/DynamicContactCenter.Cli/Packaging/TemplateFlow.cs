namespace DynamicContactCenter.Cli.Packaging;

/// <summary>An AWS::Connect::ContactFlow of the source template.</summary>
/// <param name="LogicalId">Its name in the template (InitFlow, ...).</param>
/// <param name="ContentPath">Its Content: the flow file, relative to the template.</param>
/// <param name="ContentOffset">Where the Content value starts in the template text.</param>
/// <param name="KeyIndent">The column of the <c>Content:</c> key (the embedded block is indented two more).</param>
internal sealed record TemplateFlow(string LogicalId, string ContentPath, int ContentOffset, int KeyIndent);
