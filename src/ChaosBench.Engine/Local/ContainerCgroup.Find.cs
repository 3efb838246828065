using System.Globalization;

namespace ChaosBench.Engine.Local;

/// <summary>Where a container's cgroup is.</summary>
internal sealed partial class ContainerCgroup
{
    /// <summary>
    /// The freezer cgroup of the container, when it is here and holds processes: found by its main process
    /// <paramref name="pid"/>, or, when that is 0, at the places Docker names after a container's id.
    /// </summary>
    public static ContainerCgroup? Find(string procRoot, string cgroupRoot, string containerId, int pid, out string whyNot)
    {
        whyNot = string.Empty;
        if (pid <= 0)
        {
            return ById(cgroupRoot, containerId, out whyNot);
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(System.IO.Path.Combine(procRoot, pid.ToString(CultureInfo.InvariantCulture), "cgroup"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            whyNot = $"process {pid} is not in this machine's process table";
            return null;
        }

        // "6:freezer:/docker/ID" (v1) or "0::/system.slice/docker-ID.scope" (v2); a hybrid host has both, and
        // its v2 hierarchy holds no freezer for containers, so v1 wins.
        var fields = lines.Select(l => l.Split(':', 3)).Where(f => f.Length == 3).ToList();
        var v1 = fields.FirstOrDefault(f => f[1].Split(',').Contains("freezer"));
        var v2 = fields.FirstOrDefault(f => f[0] == "0" && f[1].Length == 0);
        var (relative, cgroup) = v1 is not null ? (v1[2], new ContainerCgroup($"{cgroupRoot}/freezer{v1[2]}", false))
            : v2 is not null && File.Exists(System.IO.Path.Combine(cgroupRoot, "cgroup.controllers")) ? (v2[2], new ContainerCgroup($"{cgroupRoot}{v2[2]}", true))
            : (string.Empty, null);
        if (cgroup is null)
        {
            whyNot = $"process {pid} is in no freezer cgroup (neither a cgroup v1 freezer nor cgroup v2 at {cgroupRoot})";
            return null;
        }

        // The same PID in another PID namespace is another process: only a cgroup named after the container is its.
        if (!relative.Contains(containerId, StringComparison.Ordinal))
        {
            whyNot = $"process {pid}'s cgroup {relative} does not name container {containerId[..Math.Min(12, containerId.Length)]}";
            return null;
        }

        if (!File.Exists(cgroup.FreezeFile))
        {
            whyNot = $"no {System.IO.Path.GetFileName(cgroup.FreezeFile)} in {cgroup.Path}";
            return null;
        }

        return cgroup;
    }

    /// <summary>
    /// Docker's own cgroup names, cgroupfs driver then systemd driver: no round trip to the engine for the main
    /// PID, which is most of the direct path's time when the engine is busy.
    /// </summary>
    private static ContainerCgroup? ById(string cgroupRoot, string containerId, out string whyNot)
    {
        var unified = File.Exists(System.IO.Path.Combine(cgroupRoot, "cgroup.controllers"));
        var found = (unified ? new[] { $"/docker/{containerId}", $"/system.slice/docker-{containerId}.scope" } : [$"/freezer/docker/{containerId}", $"/freezer/system.slice/docker-{containerId}.scope"])
            .Select(relative => new ContainerCgroup(cgroupRoot + relative, unified))
            .FirstOrDefault(c => File.Exists(c.FreezeFile) && c.Tasks().Count > 0);
        whyNot = found is null ? $"no cgroup with processes named after container {containerId[..Math.Min(12, containerId.Length)]} under {cgroupRoot}" : string.Empty;
        return found;
    }
}
