using System.Collections.Immutable;

namespace DynamicContactCenter.Cli.Packaging;

/// <summary>One contact flow as embedded in the packaged template.</summary>
/// <param name="LogicalId">The AWS::Connect::ContactFlow resource.</param>
/// <param name="File">The flow file its content came from.</param>
/// <param name="Variables">Each placeholder of the file → the Fn::Sub variable it became.</param>
public sealed record PackagedFlow(string LogicalId, string File, ImmutableSortedDictionary<string, string> Variables);
