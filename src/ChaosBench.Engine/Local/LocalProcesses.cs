namespace ChaosBench.Engine.Local;

/// <summary>The kernel of this machine: cgroup v1 (freezer) or v2, signals, and the process table.</summary>
/// <param name="procRoot">Where the process table is mounted; default <c>/proc</c>.</param>
/// <param name="cgroupRoot">Where the cgroup hierarchies are mounted; default <c>/sys/fs/cgroup</c>.</param>
public sealed class LocalProcesses(string procRoot = "/proc", string cgroupRoot = "/sys/fs/cgroup") : IProcessSignals
{
    /// <summary>The kernel here when <paramref name="engine"/> runs on this machine; otherwise nothing to reach.</summary>
    public static IProcessSignals For(IContainerEngine engine) =>
        engine.IsLocal ? new LocalProcesses() : new RemoteProcesses($"the engine at {engine.Endpoint} is not on this machine");

    public string? Unreachable => null;

    public ProcessKill? KillAll(string containerId, int pid, out string whyNot)
    {
        var cgroup = ContainerCgroup.Find(procRoot, cgroupRoot, containerId, pid, out whyNot);
        if (cgroup is null)
        {
            return null;
        }

        try
        {
            return cgroup.KillAll(procRoot);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not root, or a read-only cgroup file system (a harness in a container): the engine can still do it.
            whyNot = $"cannot freeze and signal through {cgroup.Path}: {e.Message}";
            return null;
        }
    }
}
