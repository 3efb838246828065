namespace ChaosBench.Scenarios;

/// <summary>
/// Compose files told apart from scenarios by name, so that a folder of both can be linted and run: Compose's
/// default names (<c>compose.yaml</c>, <c>docker-compose.yml</c>, ...) and <c>NAME.compose.yaml</c> / <c>NAME.compose.yml</c>.
/// </summary>
public static class ComposeFiles
{
    private static readonly string[] DefaultNames = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"];

    /// <summary>Whether <paramref name="path"/> names a Compose file, which a scenario reads with <c>compose:</c>, not a scenario.</summary>
    public static bool IsComposeFile(string path)
    {
        var name = Path.GetFileName(path);
        return DefaultNames.Contains(name) || name.EndsWith(".compose.yaml", StringComparison.Ordinal) || name.EndsWith(".compose.yml", StringComparison.Ordinal);
    }
}
