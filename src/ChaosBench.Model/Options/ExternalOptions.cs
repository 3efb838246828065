namespace ChaosBench.Model.Options;

/// <summary>
/// A deployment ChaosBench does not run (a staging cluster), reached over HTTP only: <c>external: { url: "${LONGHORN_URL}" }</c>.
/// </summary>
public sealed class ExternalOptions
{
    /// <summary>
    /// The deployment's base URL, http:// or https://; <c>${VAR}</c> and <c>${VAR:-default}</c> are taken from the
    /// environment when the scenario runs, so the scenario lints without them. Required.
    /// </summary>
    public string? Url { get; set; }
}
