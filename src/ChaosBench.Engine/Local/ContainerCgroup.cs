using System.Diagnostics;
using System.Globalization;

namespace ChaosBench.Engine.Local;

/// <summary>The cgroup holding a container's processes: where they are frozen, listed and thawed.</summary>
internal sealed class ContainerCgroup
{
    private static readonly TimeSpan FreezeLimit = TimeSpan.FromSeconds(1);

    private ContainerCgroup(string path, bool unified)
    {
        Path = path;
        Unified = unified;
    }

    /// <summary>Its directory, e.g. <c>/sys/fs/cgroup/freezer/docker/ID</c>.</summary>
    public string Path { get; }

    /// <summary>cgroup v2 (<c>cgroup.freeze</c>) rather than the v1 freezer (<c>freezer.state</c>).</summary>
    public bool Unified { get; }

    public string Describe => Unified ? "cgroup v2" : "cgroup v1 freezer";

    private string FreezeFile => System.IO.Path.Combine(Path, Unified ? "cgroup.freeze" : "freezer.state");

    /// <summary>The freezer cgroup of process <paramref name="pid"/>, when it is here and belongs to the container.</summary>
    public static ContainerCgroup? Find(string procRoot, string cgroupRoot, string containerId, int pid, out string whyNot)
    {
        whyNot = string.Empty;
        if (pid <= 0)
        {
            whyNot = "the engine reports no main process for the container";
            return null;
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

    /// <summary>Freeze, SIGKILL every task, thaw: the tasks die together when thawed.</summary>
    public ProcessKill KillAll(string procRoot)
    {
        File.WriteAllText(FreezeFile, Unified ? "1" : "FROZEN");
        try
        {
            var frozen = WaitFrozen();
            var pids = Tasks();

            // Opened while frozen: a frozen task cannot exit, so no PID can be reused before its descriptor exists.
            var watches = pids.Select(ProcessKill.Watch).ToList();
            foreach (var pid in pids)
            {
                if (Kernel.Kill(pid, Kernel.SigKill) != 0 && System.Runtime.InteropServices.Marshal.GetLastPInvokeError() != Kernel.ESrch)
                {
                    throw new IOException($"kill({pid}, SIGKILL) failed with errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()}");
                }
            }

            return new ProcessKill(Describe, pids, watches, frozen, procRoot);
        }
        finally
        {
            File.WriteAllText(FreezeFile, Unified ? "0" : "THAWED");
        }
    }

    /// <summary>Whether every task stopped within the limit; a task that will not freeze is killed all the same.</summary>
    private bool WaitFrozen()
    {
        var clock = Stopwatch.StartNew();
        for (var round = 0; ; round++)
        {
            var frozen = Unified
                ? File.ReadAllText(System.IO.Path.Combine(Path, "cgroup.events")).Contains("frozen 1", StringComparison.Ordinal)
                : File.ReadAllText(FreezeFile).Trim() == "FROZEN";
            if (frozen || clock.Elapsed > FreezeLimit)
            {
                return frozen;
            }

            // Freezing takes microseconds unless a task is inside a system call; yield first, sleep later.
            if (round < 100)
            {
                Thread.Yield();
            }
            else
            {
                Thread.Sleep(1);
            }
        }
    }

    /// <summary>The processes of the cgroup and of any cgroup below it.</summary>
    private List<int> Tasks() =>
        Directory.EnumerateDirectories(Path, "*", SearchOption.AllDirectories).Prepend(Path)
            .SelectMany(d => File.ReadAllLines(System.IO.Path.Combine(d, "cgroup.procs")))
            .Select(l => int.Parse(l, CultureInfo.InvariantCulture))
            .Distinct()
            .ToList();
}
