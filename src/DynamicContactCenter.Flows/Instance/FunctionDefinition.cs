using System.Collections.Immutable;

namespace DynamicContactCenter.Flows.Instance;

/// <summary>A Lambda function the instance model knows, by name and by every ARN that reaches it.</summary>
/// <param name="Name">The function name the <see cref="Execution.ILambdaInvoker"/> knows (e.g. <c>GetDynAttributes</c>).</param>
/// <param name="Arns">Its ARNs: the first is the one <c>${NameArn}</c> resolves to; the others are aliases (other environments).</param>
/// <param name="StubResponseJson">A canned response (JSON object) for functions we do not serve, or null to call the invoker.</param>
public sealed record FunctionDefinition(string Name, ImmutableArray<string> Arns, string? StubResponseJson)
{
    /// <summary>The main ARN, or null when none is listed.</summary>
    public string? Arn => Arns.IsDefaultOrEmpty ? null : Arns[0];
}
