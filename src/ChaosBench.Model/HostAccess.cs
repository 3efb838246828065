namespace ChaosBench.Model;

/// <summary>
/// What of the host a scenario may reach, for <see cref="ScenarioValidator"/>. A scenario file (its Compose file,
/// <c>.env</c> and <c>env_file</c>s) is code that runs as root, so by default it reaches the host only inside its
/// own folder tree: binds from there (never the engine's socket), tarballs from there, and faults that change files
/// only inside a member's named volumes. <c>--allow-host</c> lifts those rules for people who mean it. Capabilities
/// that break a container's isolation are refused either way. See docs/trust.md.
/// </summary>
public sealed record HostAccess
{
    /// <summary>
    /// The scenario file's folder, absolute, its links resolved: binds and tarballs must lie under it. Null for a
    /// scenario built in C#: that code runs as its author, and its binds are its own business. Default: null.
    /// </summary>
    public string? Folder { get; init; }

    /// <summary>Binds, tarballs and fault paths may reach anything on the host (<c>--allow-host</c>). Default: false.</summary>
    public bool AllowHost { get; init; }

    /// <summary>
    /// A host path as the kernel will find it: absolute, <c>..</c> and links resolved in order (<c>realpath -m</c>).
    /// Default: only <c>..</c> and <c>.</c>, as written, for a caller that cannot look at the host's files.
    /// </summary>
    public Func<string, string> Resolve { get; init; } = Lexical;

    /// <summary>The engine's socket, which hands whoever mounts it root on the host. Default: Docker's.</summary>
    public IReadOnlyList<string> EngineSockets { get; init; } = ["/var/run/docker.sock", "/run/docker.sock"];

    /// <summary>The rules as they stand for a scenario built in C#: no folder, nothing lifted.</summary>
    public static HostAccess Default { get; } = new();

    /// <summary>
    /// Where a file the scenario names (absolute, or relative to <see cref="Folder"/>) leads once resolved, when that is
    /// outside the folder; null when it lies inside, or when there is no folder to be inside of.
    /// </summary>
    public string? Outside(string path) =>
        Folder is { } folder && Resolve(Path.GetFullPath(path, folder)) is var resolved && !IsUnder(resolved, folder) ? resolved : null;

    /// <summary>Whether <paramref name="path"/> (resolved) is <paramref name="folder"/> or lies under it.</summary>
    public static bool IsUnder(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal) || folder == "/";

    /// <summary><paramref name="path"/> (absolute) with <c>.</c>, <c>..</c> and repeated slashes resolved as written.</summary>
    public static string Lexical(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part is not ("" or "."))
            {
                parts.Add(part);
            }
        }

        return "/" + string.Join('/', parts);
    }
}
