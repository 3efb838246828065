using System.Text.RegularExpressions;

namespace ChaosBench.Model.Redaction;

/// <summary>
/// The one rule for which names hold secrets: an environment variable, a header or a saved value whose name contains
/// <c>PASSWORD</c>, <c>TOKEN</c>, <c>SECRET</c> or <c>KEY</c> (any case), and the HTTP headers that carry credentials
/// (<c>Authorization</c>, <c>Proxy-Authorization</c>, <c>Cookie</c>). <c>plan</c>, run records, reports and logs all ask here.
/// </summary>
public static partial class SecretNames
{
    /// <summary>Whether <paramref name="name"/> looks like it names a secret.</summary>
    public static bool Match(string name) => Pattern().IsMatch(name);

    [GeneratedRegex("PASSWORD|TOKEN|SECRET|KEY|^(Proxy-)?Authorization$|^Cookie$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
