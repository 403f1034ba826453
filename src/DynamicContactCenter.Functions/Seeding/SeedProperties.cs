using System.Collections.Immutable;
using System.Text.Json;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Functions.Seeding;

/// <summary>
/// The tenant parameters SeedTables reads from <c>ResourceProperties</c>. CloudFormation passes the template's Properties
/// verbatim (scalars as strings):
/// <code>
/// Organisation: Alpha to Zulu Corp          # required; substituted for {organisation} in prompts
/// Environment: prod                         # required; the Environments row key
/// DefaultLanguage: English                  # optional; default: the routing data's defaultLanguage
/// Functions: { getDynamicAttributes: arn, getPrompts: arn, ... }   # required; the Environments row
/// DialedNumbers: [ { Number: "+1444...", Name: ..., Queue: queue ARN, Language: English } ]   # required (may be empty)
/// RoutingYaml: "..."                        # optional; a routing.yaml whose languages replace the embedded default's
/// </code>
/// Languages and prompts come from routing data (the embedded config/routing.yaml unless RoutingYaml is given); its
/// environments and numbers are not seeded: the stack's parameters say which ones this stack serves.
/// </summary>
internal sealed record SeedProperties(
    string Organisation,
    string Environment,
    string? DefaultLanguage,
    ImmutableSortedDictionary<string, string> Functions,
    ImmutableArray<DialedNumber> DialedNumbers,
    string? RoutingYaml)
{
    public const string OrganisationKey = "Organisation";
    public const string EnvironmentKey = "Environment";
    public const string DefaultLanguageKey = "DefaultLanguage";
    public const string FunctionsKey = "Functions";
    public const string DialedNumbersKey = "DialedNumbers";
    public const string RoutingYamlKey = "RoutingYaml";

    private const string PropertiesField = "ResourceProperties";

    private static readonly string[] NumberFields = ["Number", "Name", "Queue", "Language"];

    /// <summary>Reads the properties; every problem is listed (so one deploy shows them all).</summary>
    public static SeedProperties? Read(JsonElement properties, out ImmutableArray<string> errors)
    {
        var problems = ImmutableArray.CreateBuilder<string>();
        if (properties.ValueKind != JsonValueKind.Object)
        {
            errors = [MissingAt(PropertiesField, "the custom resource needs the tenant parameters")];
            return null;
        }

        var organisation = RequiredText(properties, OrganisationKey, "the organisation name callers hear", problems);
        var environment = RequiredText(properties, EnvironmentKey, "the environment row to write, e.g. prod", problems);
        var defaultLanguage = OptionalText(properties, DefaultLanguageKey);
        var routingYaml = OptionalText(properties, RoutingYamlKey);

        var functions = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (!properties.TryGetProperty(FunctionsKey, out var functionsElement) || functionsElement.ValueKind != JsonValueKind.Object)
        {
            problems.Add(Missing(FunctionsKey, "an object of function ARNs: getDynamicAttributes, getPrompts"));
        }
        else
        {
            foreach (var function in functionsElement.EnumerateObject())
            {
                if (function.Value.ValueKind == JsonValueKind.String)
                {
                    functions[function.Name] = function.Value.GetString()!;
                }
                else
                {
                    problems.Add(Invalid($"{FunctionsKey}.{function.Name}", "expected a function ARN string"));
                }
            }
        }

        var numbers = ImmutableArray.CreateBuilder<DialedNumber>();
        if (!properties.TryGetProperty(DialedNumbersKey, out var numbersElement) || numbersElement.ValueKind != JsonValueKind.Array)
        {
            problems.Add(Missing(DialedNumbersKey, "a list of { Number, Name, Queue, Language }"));
        }
        else
        {
            var index = 0;
            foreach (var number in numbersElement.EnumerateArray())
            {
                var path = $"{DialedNumbersKey}[{index++}]";
                if (number.ValueKind != JsonValueKind.Object)
                {
                    problems.Add(Invalid(path, "expected an object { Number, Name, Queue, Language }"));
                    continue;
                }

                var fields = NumberFields
                    .Select(field => RequiredText(number, field, $"{path} needs {field}", problems, path + "."))
                    .ToArray();
                if (fields.All(f => f is not null))
                {
                    numbers.Add(new DialedNumber(fields[0]!, fields[1]!, fields[2]!, fields[3]!));
                }
            }
        }

        errors = problems.ToImmutable();
        return errors.IsEmpty
            ? new SeedProperties(organisation!, environment!, defaultLanguage, functions.ToImmutable(), numbers.ToImmutable(), routingYaml)
            : null;
    }

    private static string? RequiredText(JsonElement parent, string key, string expected, ImmutableArray<string>.Builder problems, string prefix = "")
    {
        var text = OptionalText(parent, key);
        if (text is null)
        {
            problems.Add(Missing(prefix + key, expected));
        }

        return text;
    }

    private static string? OptionalText(JsonElement parent, string key) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString()!.Trim() is { Length: > 0 } text
            ? text
            : null;

    // Messages name the field by its path in the request; the properties object itself is just "ResourceProperties".
    private static string Missing(string key, string expected) => MissingAt(PropertiesField + "." + key, expected);

    private static string MissingAt(string path, string expected) =>
        FunctionMessages.PropertyMissing.CodedMessage(path, expected);

    private static string Invalid(string key, string why) =>
        FunctionMessages.PropertyInvalid.CodedMessage(PropertiesField + "." + key, why);
}
