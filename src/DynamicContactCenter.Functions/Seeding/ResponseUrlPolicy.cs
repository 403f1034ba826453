namespace DynamicContactCenter.Functions.Seeding;

/// <summary>
/// Which ResponseURLs SeedTables sends its answer to. CloudFormation's is a pre-signed S3 URL, so only
/// <c>https://*.amazonaws.com</c> or <c>https://*.amazonaws.com.cn</c> (China regions) on the default port, without user
/// info, is answered: the request is otherwise a way to make the function PUT stack ids wherever a caller points it.
/// </summary>
/// <remarks>
/// The host must END with ".amazonaws.com" or ".amazonaws.com.cn" after a dot (so <c>evil-amazonaws.com</c> and
/// <c>amazonaws.com.evil.net</c> are refused), as S3's virtual-hosted and path-style endpoints do in every commercial, GovCloud
/// and China region. The isolated regions' S3 domains (c2s.ic.gov and others) are not accepted: the project does not deploy there.
/// Tests and local runs need a loopback endpoint: <paramref name="AllowLoopback"/> (setting DCC_ALLOW_LOOPBACK_RESPONSE_URL,
/// which the template never sets) additionally accepts http or https to the IPv4 literal 127.0.0.1, any port, and nothing else
/// (no "localhost", which a resolver could point anywhere).
/// </remarks>
/// <param name="AllowLoopback">Also accept http(s)://127.0.0.1.</param>
internal sealed record ResponseUrlPolicy(bool AllowLoopback)
{
    private static readonly string[] AwsHostSuffixes = [".amazonaws.com", ".amazonaws.com.cn"];

    /// <summary>Null when <paramref name="url"/> may be answered, else why not (without the URL's query: it holds the signature).</summary>
    public string? Refusal(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var shown = $"{url.Scheme}://{url.Authority}";
        if (url.UserInfo.Length > 0)
        {
            return $"the ResponseURL '{url.Scheme}://{url.Host}' carries user info; expected a pre-signed S3 URL";
        }

        if (AllowLoopback && url.Scheme is "http" or "https" && url.HostNameType == UriHostNameType.IPv4 && url.Host == "127.0.0.1")
        {
            return null;
        }

        if (url.Scheme != Uri.UriSchemeHttps)
        {
            return $"the ResponseURL '{shown}' is not https; CloudFormation's pre-signed S3 URL always is";
        }

        var host = url.IdnHost.TrimEnd('.');
        if (url.HostNameType != UriHostNameType.Dns || !AwsHostSuffixes.Any(s => host.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            return $"the ResponseURL host '{url.Host}' is not an AWS host (*.amazonaws.com or *.amazonaws.com.cn)";
        }

        return url.IsDefaultPort ? null : $"the ResponseURL '{shown}' names a port; S3 answers on 443";
    }
}
