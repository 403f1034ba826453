using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DynamicContactCenter.Cli.Packaging;

/// <summary>A parameter of a template with the constraints CloudFormation checks a value against before the stack starts.</summary>
/// <param name="Name">The parameter's name.</param>
/// <param name="Default">Its default, or null when a deploy must give it.</param>
/// <param name="AllowedValues">The values it allows; empty for any.</param>
/// <param name="AllowedPattern">The pattern the whole value must match, or null.</param>
/// <param name="MinLength">The fewest characters, or null.</param>
/// <param name="MaxLength">The most characters, or null.</param>
/// <param name="ConstraintDescription">What the template tells a user whose value is refused, or null.</param>
public sealed record TemplateParameter(string Name, string? Default, ImmutableArray<string> AllowedValues, string? AllowedPattern,
    int? MinLength, int? MaxLength, string? ConstraintDescription)
{
    /// <summary>Why CloudFormation would refuse <paramref name="value"/> for this parameter, or null when it accepts it.</summary>
    public string? Refusal(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!AllowedValues.IsEmpty && !AllowedValues.Contains(value, StringComparer.Ordinal))
        {
            return $"it is not one of the allowed values {string.Join(", ", AllowedValues)}";
        }

        if (MinLength is { } min && value.Length < min)
        {
            return string.Create(CultureInfo.InvariantCulture, $"it has {value.Length} characters, fewer than the {min} allowed");
        }

        if (MaxLength is { } max && value.Length > max)
        {
            return string.Create(CultureInfo.InvariantCulture, $"it has {value.Length} characters, more than the {max} allowed");
        }

        // CloudFormation matches the pattern against the whole value (Java regular expressions; the template's patterns use the
        // part of the syntax .NET reads the same way).
        return AllowedPattern is { } pattern && !Regex.IsMatch(value, $"^(?:{pattern})$", RegexOptions.None, TimeSpan.FromSeconds(1))
            ? $"it does not match the pattern {pattern}"
            : null;
    }
}
