namespace ChaosBench.Model;

/// <summary>A service the harness does not run: a deployment reached at <paramref name="Url"/>, over HTTP only.</summary>
/// <param name="Url">The base URL as written, <c>${VAR}</c> placeholders and all; see <see cref="Interpolation"/>.</param>
public sealed record ExternalDeployment(string Url);
