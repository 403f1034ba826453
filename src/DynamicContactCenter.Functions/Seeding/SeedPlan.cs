using DynamicContactCenter.Functions.Events;
using DynamicContactCenter.Routing.Model;
using DynamicContactCenter.Routing.Validation;

namespace DynamicContactCenter.Functions.Seeding;

/// <summary>What a SeedTables request asks for, read and validated before anything is written: the request's required fields and
/// the tenant its properties describe. Pure: no store, no clock, no network.</summary>
internal static class SeedPlan
{
    /// <summary>Why the request cannot be served (its missing fields, each named), or null when it has them all.</summary>
    public static string? MissingFields(CustomResourceRequest request)
    {
        var missing = new (string Name, string? Value)[]
        {
            ("RequestType", request.RequestType), ("StackId", request.StackId), ("RequestId", request.RequestId), ("LogicalResourceId", request.LogicalResourceId),
        }.Where(f => f.Value is null).Select(f => FunctionMessages.RequestMissingField.CodedMessage(f.Name)).ToList();
        return missing.Count > 0 ? string.Join(" ", missing) : null;
    }

    /// <summary>The tenant the properties describe, validated; or why there is none.</summary>
    public static (RoutingData? Data, string? Invalid) ReadTenant(CustomResourceRequest request)
    {
        var properties = SeedProperties.Read(request.ResourceProperties, out var propertyErrors);
        if (properties is null)
        {
            return (null, string.Join(" ", propertyErrors));
        }

        var template = SeedTemplate.LoadLanguages(properties.RoutingYaml);
        if (!template.Succeeded)
        {
            return (null, FunctionMessages.RoutingYamlInvalid.CodedMessage(string.Join(" ", template.Errors.Select(e => e.ToString()))));
        }

        var data = SeedTemplate.Build(properties, template.Value);
        var findings = RoutingValidator.Validate(data, "ResourceProperties").Where(d => d.IsError).ToList();
        return findings.Count > 0
            ? (null, FunctionMessages.SeedValidationFailed.CodedMessage(string.Join(" ", findings.Select(f => f.ToString()))))
            : (data, null);
    }
}
