using System.Text.RegularExpressions;

namespace ChaosBench.Model.Redaction;

/// <summary>
/// The one rule for which names hold secrets: an environment variable, a header or a saved value whose name contains
/// <c>PASS</c> (<c>PASSWORD</c>, <c>DB_PASS</c>), <c>PWD</c>, <c>TOKEN</c>, <c>SECRET</c>, <c>KEY</c> (<c>API_KEY</c>,
/// <c>_KEY</c>), <c>CREDENTIAL</c>, <c>PRIVATE</c> or <c>AUTH</c> (any case; <c>AUTHOR</c> is no secret), and the
/// <c>Cookie</c> header. A name ending in <c>_METHOD</c>, <c>_MODE</c>, <c>_TYPE</c> or <c>_ENABLED</c> names a setting
/// about a secret, not one (<c>POSTGRES_HOST_AUTH_METHOD=trust</c>): hiding it would scrub "trust" from every text.
/// <c>plan</c>, run records, reports and logs all ask here.
/// </summary>
public static partial class SecretNames
{
    /// <summary>Whether <paramref name="name"/> looks like it names a secret.</summary>
    public static bool Match(string name) => Pattern().IsMatch(name) && !Setting().IsMatch(name);

    // AUTH also covers Authorization and Proxy-Authorization, the headers that carry credentials.
    [GeneratedRegex("PASS|PWD|TOKEN|SECRET|KEY|CREDENTIAL|PRIVATE|AUTH(?!OR(?!IZ))|^Cookie$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    [GeneratedRegex("_(METHOD|MODE|TYPE|ENABLED)$", RegexOptions.IgnoreCase)]
    private static partial Regex Setting();
}
