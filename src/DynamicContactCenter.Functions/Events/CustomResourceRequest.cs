using System.Text.Json;

namespace DynamicContactCenter.Functions.Events;

/// <summary>A CloudFormation custom-resource request (reference §6). Every field may be missing: a malformed request must
/// still be answered with whatever ids it has.</summary>
/// <param name="RequestType">Create, Update or Delete.</param>
/// <param name="ResponseUrl">The pre-signed URL the answer is PUT to.</param>
/// <param name="StackId">The stack ARN.</param>
/// <param name="RequestId">The request's unique id.</param>
/// <param name="LogicalResourceId">The resource's name in the template.</param>
/// <param name="PhysicalResourceId">Sent with Update and Delete.</param>
/// <param name="ResourceProperties">The template's Properties (undefined when absent).</param>
/// <param name="OldResourceProperties">Update only: the properties before the update (undefined otherwise).</param>
internal sealed record CustomResourceRequest(
    string? RequestType,
    string? ResponseUrl,
    string? StackId,
    string? RequestId,
    string? LogicalResourceId,
    string? PhysicalResourceId,
    JsonElement ResourceProperties,
    JsonElement OldResourceProperties)
{
    public const string Create = "Create";
    public const string Update = "Update";
    public const string Delete = "Delete";

    private const string PropertiesField = "ResourceProperties";
    private const string OldPropertiesField = "OldResourceProperties";

    /// <summary>Reads what it can; null when the bytes are not a JSON object (then <paramref name="error"/> says why).</summary>
    public static CustomResourceRequest? TryParse(ReadOnlyMemory<byte> json, out string? error)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = $"the request is a JSON {JsonKinds.Name(root.ValueKind)}, not an object";
                return null;
            }

            error = null;
            return new CustomResourceRequest(
                Text(root, "RequestType"), Text(root, "ResponseURL"), Text(root, "StackId"), Text(root, "RequestId"),
                Text(root, "LogicalResourceId"), Text(root, "PhysicalResourceId"),
                root.TryGetProperty(PropertiesField, out var properties) ? properties.Clone() : default,
                root.TryGetProperty(OldPropertiesField, out var old) ? old.Clone() : default);
        }
        catch (JsonException exception)
        {
            error = "the request is not JSON: " + exception.Message;
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;
}
