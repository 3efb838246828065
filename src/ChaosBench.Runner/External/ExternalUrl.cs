using ChaosBench.Model;

namespace ChaosBench.Runner.External;

/// <summary>
/// An external service's base URL, its <c>${VAR}</c> placeholders taken from the environment: the URL, or what to
/// set to get one. <c>plan</c> shows it, <c>run</c> refuses to start without it, the run record keeps it.
/// </summary>
/// <param name="Written">The url as the scenario writes it.</param>
/// <param name="Url">The resolved URL; null when <see cref="Problem"/> says what is missing.</param>
/// <param name="Problem">What to set, e.g. "set LONGHORN_URL to the deployment's base URL (e.g. https://longhorn.staging.example)".</param>
public sealed record ExternalUrl(string Service, string Written, Uri? Url, string? Problem)
{
    /// <summary>Each external service of <paramref name="scenario"/>, in order.</summary>
    public static IReadOnlyList<ExternalUrl> ResolveAll(Scenario scenario, Func<string, string?> variables) =>
        scenario.Services.Where(s => s.IsExternal).Select(s => Resolve(s, variables)).ToList();

    public static ExternalUrl Resolve(Service service, Func<string, string?> variables)
    {
        var written = service.External!.Url;
        var expanded = Interpolation.Expand(written, variables);
        if (!expanded.IsComplete)
        {
            return new(service.Name, written, null, Instruction(service.Name, written, expanded.Missing));
        }

        return Uri.TryCreate(expanded.Text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? new(service.Name, written, url, null)
            : new(service.Name, written, null, $"'{Masked(expanded.Text)}' is not an http:// or https:// URL; {Instruction(service.Name, written, Interpolation.Variables(written))}");
    }

    /// <summary>The URL as records and plans show it: user name and password, if any, masked.</summary>
    public string Shown => Url is null ? string.Empty : Masked(Url.AbsoluteUri.TrimEnd('/'));

    /// <summary>"set LONGHORN_URL to the deployment's base URL (e.g. https://longhorn.staging.example)", or the variables and how the url uses them.</summary>
    private static string Instruction(string service, string written, IReadOnlyList<string> names)
    {
        var example = $"to the deployment's base URL (e.g. https://{service}.staging.example)";
        return names.Count switch
        {
            0 => $"write the url {example}",
            1 when written == $"${{{names[0]}}}" => $"set {names[0]} {example}",
            _ => $"set {string.Join(" and ", names)} (the url is written \"{written}\")",
        };
    }

    private static string Masked(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        var at = url.IndexOf('@', StringComparison.Ordinal);
        var path = url.IndexOf('/', scheme < 0 ? 0 : scheme + 3);
        return scheme >= 0 && at > scheme && (path < 0 || at < path) ? $"{url[..(scheme + 3)]}***{url[at..]}" : url;
    }
}
