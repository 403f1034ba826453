using System.Security.Cryptography;
using System.Text;
using DynamicContactCenter.Functions.Events;

namespace DynamicContactCenter.Functions.Seeding;

/// <summary>
/// The PhysicalResourceId SeedTables answers: the owner mark on every row it writes, so it names one resource INSTANCE.
/// </summary>
/// <remarks>
/// <para>Create derives it from StackId + LogicalResourceId + the Create's RequestId: a replacement (e.g. a renamed logical id,
/// or CloudFormation re-creating the resource) gets a new id, so the old instance's Delete finds none of the rows the new one
/// wrote. A retried Create (same RequestId) gets the same id. Update and Delete echo the id CloudFormation sends.</para>
/// <para>A Create answered FAILED gets a recognisably different id (suffix <see cref="NeverCreatedSuffix"/>, a character no
/// logical id or hash contains): its rollback Delete is a no-op. The rows a half-failed Create wrote are left in place, since
/// in a failed replacement they overwrote rows the old, still live, instance serves.</para>
/// </remarks>
internal static class SeedPhysicalId
{
    public const string NeverCreatedSuffix = ":never-created";

    public static string ForCreate(CustomResourceRequest request)
    {
        var instance = (request.StackId ?? "no-stack") + "\n" + (request.RequestId ?? "no-request");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(instance)))[..16];
        return $"dcc-seed-{request.LogicalResourceId ?? "resource"}-{hash}";
    }

    public static string NeverCreated(string physicalId) => physicalId + NeverCreatedSuffix;

    public static bool IsNeverCreated(string physicalId) => physicalId.EndsWith(NeverCreatedSuffix, StringComparison.Ordinal);
}
