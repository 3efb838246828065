using ChaosBench.Model;

namespace ChaosBench.Scenarios.Trust;

/// <summary>
/// The folder tree a scenario file may read and bind from: its own folder, links resolved. Its Compose file,
/// <c>.env</c>, <c>env_file</c>s, binds and tarballs must lie under it unless the run allows the host
/// (<c>--allow-host</c>); what lies outside is refused before it is read, so no line of it is ever printed.
/// </summary>
internal sealed class ScenarioFolder
{
    private ScenarioFolder(string root, bool allowHost)
    {
        Root = root;
        AllowHost = allowHost;
    }

    /// <summary>The folder, absolute, its links resolved.</summary>
    public string Root { get; }

    /// <summary>Whether files and binds may come from anywhere (<c>--allow-host</c>).</summary>
    public bool AllowHost { get; }

    /// <summary>What the validator needs to judge binds, tarballs and fault paths against this folder.</summary>
    public HostAccess Access => new() { Folder = Root, AllowHost = AllowHost, Resolve = HostPaths.Resolve, EngineSockets = EngineSockets() };

    /// <summary>The folder of <paramref name="file"/> (a scenario file, or the name text is read under).</summary>
    public static ScenarioFolder Of(string file, bool allowHost) =>
        new(HostPaths.Resolve(Path.GetDirectoryName(Path.GetFullPath(file)) ?? "/"), allowHost);

    /// <summary>Where <paramref name="path"/> leads when that is outside the folder and the host is not allowed; null when it may be read.</summary>
    public string? Outside(string path) => AllowHost || HostPaths.Resolve(path) is var resolved && HostAccess.IsUnder(resolved, Root) ? null : resolved;

    /// <summary>The error for <paramref name="what"/> (<c>compose:</c>), written <paramref name="written"/>, which is <paramref name="path"/> and lies outside the folder.</summary>
    public (string Message, string Fix) Refusal(string what, string written, string path)
    {
        var resolved = HostPaths.Resolve(path);
        var leads = resolved == HostAccess.Lexical(Path.GetFullPath(path)) ? $"'{written}'" : $"'{written}' (which leads to {resolved})";
        return ($"{what} {leads} is outside the scenario's folder {Root}: a scenario reads files only inside its own folder tree, so it is not read",
            $"move it under {Root} and name it from there, or run with --allow-host if you mean it (docs/trust.md)");
    }

    /// <summary>Docker's socket, and the engine's when <c>DOCKER_HOST</c> names another one.</summary>
    private static IReadOnlyList<string> EngineSockets() =>
        Environment.GetEnvironmentVariable("DOCKER_HOST") is ['u', 'n', 'i', 'x', ':', '/', '/', .. var socket]
            ? [.. HostAccess.Default.EngineSockets, socket]
            : HostAccess.Default.EngineSockets;
}
