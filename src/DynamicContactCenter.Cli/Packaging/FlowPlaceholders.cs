using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace DynamicContactCenter.Cli.Packaging;

/// <summary>
/// Turns a flow's CloudFormation-style <c>${Name}</c> placeholders (DESIGN.md §5) into <c>Fn::Sub</c> variables of the template:
/// <c>${Parameter}</c> stays (Sub reads parameters by name), <c>${XArn}</c> becomes <c>${X.Arn}</c> for the Lambda function X or
/// <c>${X.ContactFlowArn}</c> for the contact flow X, and <c>${AWS::Region}</c>-style pseudo parameters stay.
/// </summary>
public static partial class FlowPlaceholders
{
    /// <summary>Every <c>${...}</c> in <paramref name="text"/>, in order, without duplicates.</summary>
    public static ImmutableArray<string> Find(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    /// <summary>The Sub variable for <paramref name="placeholder"/>, or null when the template has nothing of that name.</summary>
    /// <param name="placeholder">The name inside <c>${}</c>.</param>
    /// <param name="parameters">The template's parameter names.</param>
    /// <param name="resourceTypes">The template's resources: logical id → type.</param>
    public static string? SubVariable(string placeholder, IReadOnlyCollection<string> parameters, IReadOnlyDictionary<string, string> resourceTypes)
    {
        ArgumentNullException.ThrowIfNull(placeholder);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(resourceTypes);
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
        Placeholder().Replace(text, m => variables.TryGetValue(m.Groups[1].Value, out var variable) ? "${" + variable + "}" : m.Value);

    /// <summary>Replaces each placeholder of <paramref name="text"/> by its value (what Fn::Sub does at deploy time).</summary>
    public static string Substitute(string text, Func<string, string?> valueOf)
    {
        ArgumentNullException.ThrowIfNull(valueOf);
        return Placeholder().Replace(text, m => valueOf(m.Groups[1].Value) ?? m.Value);
    }

    // Fn::Sub's syntax: ${Name}, ${Resource.Attribute}, ${AWS::Pseudo}; ${!Literal} would be written out as ${Literal}.
    [GeneratedRegex(@"\$\{([^}]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
