using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace DynamicContactCenter.Testing;

/// <summary>
/// An independent Signature Version 4 computation, written from AWS's documentation and checked against AWS's published
/// test vectors (Storage.Tests' SigV4ReferenceTests). The fake CloudFormation and Connect endpoints verify requests with it, the
/// way AWS would: the client's signer (AWSSDK.Core's) is then checked by something other than itself.
/// </summary>
public static partial class SigV4Reference
{
    /// <summary>The hex signature of a request whose headers to sign are <paramref name="headers"/> (names any case).</summary>
    public static string Sign(
        string secretKey, string amzDate, string region, string service, string method, string path, string query,
        IEnumerable<KeyValuePair<string, string>> headers, byte[] body, out string signedHeaders)
    {
        var canonicalHeaders = headers
            .Select(h => (Name: h.Key.ToLowerInvariant(), Value: SpaceRun().Replace(h.Value.Trim(), " ")))
            .OrderBy(h => h.Name, StringComparer.Ordinal)
            .ToList();
        signedHeaders = string.Join(';', canonicalHeaders.Select(h => h.Name));
        var canonicalRequest = string.Join('\n',
            method,
            path,
            query,
            string.Concat(canonicalHeaders.Select(h => $"{h.Name}:{h.Value}\n")),
            signedHeaders,
            Hex(SHA256.HashData(body)));
        var date = amzDate[..8];
        var scope = $"{date}/{region}/{service}/aws4_request";
        var stringToSign = string.Join('\n', "AWS4-HMAC-SHA256", amzDate, scope, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))));
        var key = Encoding.UTF8.GetBytes("AWS4" + secretKey);
        foreach (var part in new[] { date, region, service, "aws4_request" })
        {
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
        }

        return Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
    }

    /// <summary>The parts of an <c>Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...</c> header, or null.</summary>
    public static AuthorizationParts? Parse(string? authorization)
    {
        var match = authorization is null ? null : AuthorizationShape().Match(authorization);
        return match is { Success: true }
            ? new AuthorizationParts(match.Groups["key"].Value, match.Groups["date"].Value, match.Groups["region"].Value,
                match.Groups["service"].Value, match.Groups["signed"].Value, match.Groups["signature"].Value)
            : null;
    }

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLower(CultureInfo.InvariantCulture);

    [GeneratedRegex(" +")]
    private static partial Regex SpaceRun();

    [GeneratedRegex(@"^AWS4-HMAC-SHA256 Credential=(?<key>[^/]+)/(?<date>\d{8})/(?<region>[^/]+)/(?<service>[^/]+)/aws4_request, ?SignedHeaders=(?<signed>[a-z0-9;-]+), ?Signature=(?<signature>[0-9a-f]{64})$")]
    private static partial Regex AuthorizationShape();

    /// <summary>The parts of a SigV4 Authorization header.</summary>
    public sealed record AuthorizationParts(string AccessKey, string Date, string Region, string Service, string SignedHeaders, string Signature)
    {
        /// <summary>The credential scope, e.g. 20261124/eu-west-1/cloudformation/aws4_request.</summary>
        public string Scope => $"{Date}/{Region}/{Service}/aws4_request";
    }
}
