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

    /// <summary>
    /// Every task of the cgroup killed at one instant: through the init of the container's PID namespace when it has
    /// one, else by freezing, signalling every task and thawing.
    /// </summary>
    public ProcessKill KillAll(string procRoot) => NamespaceKill(procRoot) ?? FreezeKill(procRoot);

    /// <summary>
    /// SIGKILL to the init of the container's own PID namespace: the kernel then kills every other process of the
    /// namespace itself, forks in flight included, and the init exits only once they are all gone, so its pidfd says
    /// when the whole container is dead. No freeze and thaw, which cost milliseconds on some kernels. Null when the
    /// cgroup's processes share a namespace with others (<c>pid: host</c>) or the init cannot be told.
    /// </summary>
    private ProcessKill? NamespaceKill(string procRoot)
    {
        var pids = Tasks();
        var init = pids.Where(pid => IsNamespaceInit(procRoot, pid)).ToList();
        if (init is not [var leader] || ProcessKill.Watch(leader) is var fd && fd < 0)
        {
            return null;
        }

        var kill = new ProcessKill("its PID namespace's init", pids, [(leader, fd)], atOnce: true, procRoot);
        pids.ForEach(HurryExit);
        SigKill(kill, leader);
        return kill;
    }

    /// <summary>Whether the process is PID 1 of a namespace below this one: its <c>NSpid</c> line ends in 1 after another id.</summary>
    private static bool IsNamespaceInit(string procRoot, int pid)
    {
        try
        {
            var line = File.ReadLines(System.IO.Path.Combine(procRoot, pid.ToString(CultureInfo.InvariantCulture), "status")).FirstOrDefault(l => l.StartsWith("NSpid:", StringComparison.Ordinal));
            return line?.Split('\t', StringSplitOptions.RemoveEmptyEntries) is [_, _, .., "1"];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Freeze, SIGKILL every task, thaw: the tasks die together when thawed.</summary>
    private ProcessKill FreezeKill(string procRoot)
    {
        File.WriteAllText(FreezeFile, Unified ? "1" : "FROZEN");
        try
        {
            var frozen = WaitFrozen();
            var pids = Tasks();

            // Opened while frozen: a frozen task cannot exit, so no PID can be reused before its descriptor exists.
            var kill = new ProcessKill(Describe, pids, pids.Select(pid => (pid, ProcessKill.Watch(pid))).ToList(), frozen, procRoot);
            foreach (var pid in pids)
            {
                HurryExit(pid);
                SigKill(kill, pid);
            }

            return kill;
        }
        finally
        {
            File.WriteAllText(FreezeFile, Unified ? "0" : "THAWED");
        }
    }

    /// <summary>
    /// A killed task still needs a CPU to run its exit; on a busy machine it waits tens of ms for one at the default
    /// priority. Dying at the highest one, it preempts the rest. Failing that is harmless.
    /// </summary>
    private static void HurryExit(int pid) => _ = Kernel.SetPriority(Kernel.PrioProcess, pid, Kernel.HighestNice);

    /// <summary>SIGKILL to <paramref name="pid"/>. ESRCH: gone already. Anything else (EPERM) disposes of the kill and hands it back to the engine.</summary>
    private static void SigKill(ProcessKill kill, int pid)
    {
        if (Kernel.Kill(pid, Kernel.SigKill) != 0 && Marshal.GetLastPInvokeError() is var errno && errno != Kernel.ESrch)
        {
            kill.Dispose();
            throw new IOException($"kill({pid}, SIGKILL) failed with errno {errno}");
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
