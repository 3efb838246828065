namespace ChaosBench.Images;

/// <summary>
/// The Debian archive to bootstrap from: <c>CHAOSBENCH_DEBIAN_MIRROR</c> when set, else the first main
/// archive this machine's apt sources already use, so builds go where the machine is allowed to go.
/// </summary>
public static class DebianMirror
{
    public const string EnvironmentVariable = "CHAOSBENCH_DEBIAN_MIRROR";

    public static string Resolve(string aptDirectory = "/etc/apt")
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.Trim();
        }

        return FromAptSources(aptDirectory)
            ?? throw new ImageBuildException("(any)", $"no Debian archive found in {aptDirectory}/sources.list(.d); fix: set {EnvironmentVariable} to a Debian mirror URL");
    }

    /// <summary>The first <c>URIs:</c> (deb822) or <c>deb URI</c> (one-line) entry that is the main archive, not security updates.</summary>
    internal static string? FromAptSources(string aptDirectory)
    {
        var files = new List<string>();
        var list = Path.Combine(aptDirectory, "sources.list");
        if (File.Exists(list))
        {
            files.Add(list);
        }

        var parts = Path.Combine(aptDirectory, "sources.list.d");
        if (Directory.Exists(parts))
        {
            files.AddRange(Directory.GetFiles(parts).Where(f => f.EndsWith(".sources", StringComparison.Ordinal) || f.EndsWith(".list", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        }

        return files.SelectMany(File.ReadLines)
            .Select(line => line.Trim())
            .Where(line => !line.StartsWith('#'))
            .SelectMany(UrisOf)
            .FirstOrDefault(uri => uri.TrimEnd('/').EndsWith("/debian", StringComparison.Ordinal));
    }

    private static IEnumerable<string> UrisOf(string line)
    {
        if (line.StartsWith("URIs:", StringComparison.Ordinal))
        {
            return line["URIs:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }

        if (line.StartsWith("deb ", StringComparison.Ordinal))
        {
            // deb [options] URI suite components
            return line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Where(w => w.Contains("://", StringComparison.Ordinal)).Take(1);
        }

        return [];
    }
}
