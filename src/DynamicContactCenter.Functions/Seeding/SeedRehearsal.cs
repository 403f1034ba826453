using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DynamicContactCenter.Functions.Events;
using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Functions.Seeding;

/// <summary>
/// The CloudFormation requests a stack sends SeedTables, built locally so a team can rehearse the stack's seeding (Create, Update,
/// Delete) against a local DynamoDB before deploying (<c>dcc invoke SeedTables --request-type create</c>). The shape is the
/// custom-resource request of reference §6 and AWS's "Custom resource request objects" page; the properties are the template's
/// <c>RoutingData</c> resource's (deploy/template.yaml: Organisation, Environment, DefaultLanguage, Functions, DialedNumbers).
/// </summary>
/// <remarks>
/// Every rehearsal names the same stack, logical id and Create RequestId, so its Create answers the same PhysicalResourceId each
/// time and an Update or Delete sent without one uses it (<see cref="CreatePhysicalId"/>): create, then delete, removes exactly
/// the rows the create wrote, as the stack's own Delete would. The ResponseURL is a loopback address nothing listens on: the
/// rehearsal hands SeedTables a client that captures the answer instead of sending it.
/// </remarks>
public static class SeedRehearsal
{
    /// <summary>The request types, as <c>--request-type</c> spells them (lower case) and CloudFormation sends them.</summary>
    public static readonly IReadOnlyList<string> RequestTypes = [CustomResourceRequest.Create, CustomResourceRequest.Update, CustomResourceRequest.Delete];

    /// <summary>Where the rehearsal's answer is "sent": captured before it leaves the process.</summary>
    public static readonly Uri ResponseUrl = new("http://127.0.0.1/dcc-rehearsal/response");

    private const string StackId = "arn:aws:cloudformation:us-east-1:123456789012:stack/dcc-rehearsal/00000000-0000-4000-8000-000000000000";
    private const string LogicalResourceId = "RoutingData";
    private const string CreateRequestId = "dcc-rehearsal-create";

    /// <summary>The PhysicalResourceId a rehearsal's Create answers (its owner mark on the rows it writes).</summary>
    public static string CreatePhysicalId => SeedPhysicalId.ForCreate(Request(CustomResourceRequest.Create, null));

    /// <summary>The request of <paramref name="requestType"/> (Create, Update or Delete, any case) with <paramref name="propertiesJson"/>
    /// as its ResourceProperties (and, for an Update, its OldResourceProperties); null for another request type.</summary>
    public static string? RequestJson(string requestType, string propertiesJson, string? physicalResourceId = null)
    {
        ArgumentNullException.ThrowIfNull(requestType);
        if (RequestTypes.FirstOrDefault(t => t.Equals(requestType, StringComparison.OrdinalIgnoreCase)) is not { } type) return null;
        using var properties = JsonDocument.Parse(propertiesJson);
        var request = Request(type, type == CustomResourceRequest.Create ? null : physicalResourceId ?? CreatePhysicalId) with
        {
            ResourceProperties = properties.RootElement.Clone(),
            OldResourceProperties = type == CustomResourceRequest.Update ? properties.RootElement.Clone() : default,
        };
        return Write(request);
    }

    /// <summary>The template's properties for <paramref name="environment"/> of <paramref name="routing"/>: its organisation, default
    /// language, the environment's function ARNs and every dialed number (the languages come from the routing data SeedTables embeds).
    /// Null when <paramref name="routing"/> has no such environment. <paramref name="routingYaml"/>, when given, becomes the RoutingYaml
    /// property, whose languages replace the embedded ones (a team rehearsing its own routing file).</summary>
    public static string? PropertiesJson(RoutingData routing, string environment, string? routingYaml = null)
    {
        ArgumentNullException.ThrowIfNull(routing);
        if (routing.Environments.FirstOrDefault(e => e.Environment == environment) is not { } entry) return null;
        return Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString(SeedProperties.OrganisationKey, routing.Organisation);
            writer.WriteString(SeedProperties.EnvironmentKey, environment);
            writer.WriteString(SeedProperties.DefaultLanguageKey, routing.DefaultLanguage);
            writer.WriteStartObject(SeedProperties.FunctionsKey);
            foreach (var (name, arn) in entry.Functions) writer.WriteString(name, arn);
            writer.WriteEndObject();
            writer.WriteStartArray(SeedProperties.DialedNumbersKey);
            foreach (var number in routing.DialedNumbers)
            {
                writer.WriteStartObject();
                writer.WriteString("Number", number.Number);
                writer.WriteString("Name", number.Name);
                writer.WriteString("Queue", number.Queue);
                writer.WriteString("Language", number.Language);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (routingYaml is not null) writer.WriteString(SeedProperties.RoutingYamlKey, routingYaml);
            writer.WriteEndObject();
        });
    }

    private static CustomResourceRequest Request(string type, string? physicalId) =>
        new(type, ResponseUrl.ToString(), StackId, type == CustomResourceRequest.Create ? CreateRequestId : $"dcc-rehearsal-{type.ToLowerInvariant()}",
            LogicalResourceId, physicalId, default, default);

    private static string Write(CustomResourceRequest request) => Json(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("RequestType", request.RequestType);
        writer.WriteString("ResponseURL", request.ResponseUrl);
        writer.WriteString("StackId", request.StackId);
        writer.WriteString("RequestId", request.RequestId);
        writer.WriteString("ResourceType", "Custom::SeedTables");
        writer.WriteString("LogicalResourceId", request.LogicalResourceId);
        if (request.PhysicalResourceId is { } physicalId) writer.WriteString("PhysicalResourceId", physicalId);
        writer.WritePropertyName("ResourceProperties");
        request.ResourceProperties.WriteTo(writer);
        if (request.OldResourceProperties.ValueKind != JsonValueKind.Undefined)
        {
            writer.WritePropertyName("OldResourceProperties");
            request.OldResourceProperties.WriteTo(writer);
        }

        writer.WriteEndObject();
    });

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
