using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace ChaosBench.Engine.Local;

/// <summary>The cgroup holding a container's processes: where they are frozen, listed and thawed.</summary>
internal sealed partial class ContainerCgroup
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

    /// <summary>Freeze, SIGKILL every task, thaw: the tasks die together when thawed.</summary>
    public ProcessKill KillAll(string procRoot)
    {
        File.WriteAllText(FreezeFile, Unified ? "1" : "FROZEN");
        try
        {
            var frozen = WaitFrozen();
            var pids = Tasks();

            // Opened while frozen: a frozen task cannot exit, so no PID can be reused before its descriptor exists.
            var kill = new ProcessKill(Describe, pids, pids.Select(ProcessKill.Watch).ToList(), frozen, procRoot);
            foreach (var pid in pids)
            {
                // A killed task still needs a CPU to run its exit; on a busy machine it waits tens of ms for one
                // at the default priority. Dying at the highest one, it preempts the rest. Failing that is harmless.
                _ = Kernel.SetPriority(Kernel.PrioProcess, pid, Kernel.HighestNice);

                // ESRCH: gone already. Anything else (EPERM) hands the kill back to the engine.
                if (Kernel.Kill(pid, Kernel.SigKill) != 0 && Marshal.GetLastPInvokeError() is var errno && errno != Kernel.ESrch)
                {
                    kill.Dispose();
                    throw new IOException($"kill({pid}, SIGKILL) failed with errno {errno}");
                }
            }

            return kill;
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
            .Where(pid => pid > 0) // 0: a process outside this PID namespace, which only the engine can reach
            .Distinct()
            .ToList();
}
