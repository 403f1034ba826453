using System.Collections.Immutable;
using DynamicContactCenter.Routing.Diagnostics;

namespace DynamicContactCenter.Cli.Packaging;

/// <summary>Checks each <c>dcc package --parameter NAME=VALUE</c> against the template it wrote, as CloudFormation will: a name the
/// template lacks or a value its AllowedValues, AllowedPattern or lengths refuse is an error naming it, before any build.</summary>
internal static class ParameterValueCheck
{
    /// <summary>Every problem with <paramref name="values"/>; empty when CloudFormation would take them all.</summary>
    public static ImmutableArray<Diagnostic> Check(ImmutableArray<TemplateParameter> parameters, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var (name, value) in values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            var location = DiagnosticLocation.InFile(null, "--parameter " + name);
            if (parameters.FirstOrDefault(p => p.Name == name) is not { } parameter)
            {
                problems.Add(PackagingMessages.ParameterUnknown.ErrorAt(location, name, string.Join(", ", parameters.Select(p => p.Name))));
            }
            else if (parameter.Refusal(value) is { } refusal)
            {
                problems.Add(PackagingMessages.ParameterValueRejected.ErrorAt(location, name, value, refusal,
                    parameter.ConstraintDescription ?? "the template gives no constraint description"));
            }
        }

        return problems.ToImmutable();
    }
}
