using System.Text.RegularExpressions;

namespace ChaosBench.Model.Redaction;

/// <summary>
/// Credentials in URLs (<c>postgres://app:pw@db/app</c>): the user and password are masked wherever a URL is written
/// (<c>postgres://***@db/app</c>), and the password, once known, is scrubbed from any text like every secret value.
/// </summary>
public sealed partial class Redactor
{
    /// <summary>Adds the password of each URL in <paramref name="text"/> that carries one (as written and unescaped), and its user:password pair.</summary>
    public void AddCredentialsIn(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains("://", StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match url in Credentials().Matches(text))
        {
            var userInfo = url.Groups["userinfo"].Value;
            Add(userInfo);
            if (userInfo.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0)
            {
                Add(userInfo[(colon + 1)..]);
                Add(Uri.UnescapeDataString(userInfo[(colon + 1)..]));
            }
        }
    }

    /// <summary><paramref name="text"/> with the user info of every URL in it replaced by <see cref="Marker"/>.</summary>
    private static string MaskCredentials(string text) =>
        text.Contains("://", StringComparison.Ordinal) ? Credentials().Replace(text, "${scheme}" + Marker + "@") : text;

    // Up to the last '@' before the host's end: a password may hold an '@' its author did not escape.
    [GeneratedRegex(@"(?<scheme>\b[A-Za-z][A-Za-z0-9+.-]*://)(?<userinfo>[^/?#\s]+)@")]
    private static partial Regex Credentials();
}
