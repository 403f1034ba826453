using System.Collections.Immutable;
using DynamicContactCenter.Routing.Placeholders;

namespace DynamicContactCenter.Cli.Packaging;

/// <summary>
/// Turns a flow's CloudFormation-style <c>${Name}</c> placeholders (DESIGN.md §5) into <c>Fn::Sub</c> variables of the template:
/// <c>${Parameter}</c> stays (Sub reads parameters by name), <c>${XArn}</c> becomes <c>${X.Arn}</c> for the Lambda function X or
/// <c>${X.ContactFlowArn}</c> for the contact flow X, and <c>${AWS::Region}</c>-style pseudo parameters stay.
/// </summary>
public static class FlowPlaceholders
{
    /// <summary>Every <c>${Name}</c> of ours in <paramref name="text"/>, in order, without duplicates (<see cref="PlaceholderGrammar"/>).</summary>
    public static ImmutableArray<string> Find(string text) => PlaceholderGrammar.Names(text);

    /// <summary>Every <c>${...}</c> in <paramref name="text"/> that is not one of our names (<c>${a b}</c>, <c>${}</c>, Terraform's
    /// <c>${var.x["y"]}</c>, Fn::Sub's literal <c>${!Text}</c>), as written. Inside an Fn::Sub string CloudFormation would refuse
    /// or rewrite each of them, so the packager reports them like an unknown name instead of shipping a template that fails.</summary>
    public static ImmutableArray<string> FindForeign(string text) =>
        [.. PlaceholderGrammar.Tokens(text).Where(t => t.Kind == PlaceholderKind.ForeignDollar).Select(t => t.Name).Distinct(StringComparer.Ordinal)];

    /// <summary>The Sub variable for <paramref name="placeholder"/>, or null when the template has nothing of that name.</summary>
    /// <param name="placeholder">The name inside <c>${}</c>.</param>
    /// <param name="parameters">The template's parameter names.</param>
    /// <param name="resourceTypes">The template's resources: logical id → type.</param>
    public static string? SubVariable(string placeholder, IReadOnlyCollection<string> parameters, IReadOnlyDictionary<string, string> resourceTypes)
    {
        ArgumentNullException.ThrowIfNull(placeholder);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(resourceTypes);
        if (!PlaceholderGrammar.IsName(placeholder))
        {
            return null;
        }

        if (parameters.Contains(placeholder) || placeholder.StartsWith("AWS::", StringComparison.Ordinal))
        {
            return placeholder;
        }

        if (!placeholder.EndsWith("Arn", StringComparison.Ordinal) || !resourceTypes.TryGetValue(placeholder[..^3], out var type))
        {
            return null;
        }

        var resource = placeholder[..^3];
        return type switch
        {
            SourceTemplate.FunctionType => resource + ".Arn",
            SourceTemplate.ContactFlowType => resource + ".ContactFlowArn",
            "AWS::Connect::ContactFlowModule" => resource + ".ContactFlowModuleArn",
            _ => null,
        };
    }

    /// <summary>Replaces each placeholder of <paramref name="text"/> by <c>${variable}</c> from <paramref name="variables"/>.</summary>
    public static string Rewrite(string text, IReadOnlyDictionary<string, string> variables) =>
        PlaceholderGrammar.Replace(text, name => variables.TryGetValue(name, out var variable) ? "${" + variable + "}" : null);

    /// <summary>Replaces each placeholder of <paramref name="text"/> by its value (what Fn::Sub does at deploy time).</summary>
    public static string Substitute(string text, Func<string, string?> valueOf)
    {
        ArgumentNullException.ThrowIfNull(valueOf);
        return PlaceholderGrammar.Replace(text, valueOf);
    }
}
