namespace ChaosBench.Engine.Local;

/// <summary>
/// Reaches a container's processes through the kernel of this machine instead of the engine's API: a SIGKILL
/// that way takes a few milliseconds where the engine needs about a hundred before it reports the container dead.
/// </summary>
public interface IProcessSignals
{
    /// <summary>Why no container's processes can be reached from here (a remote engine); null when they may be.</summary>
    string? Unreachable { get; }

    /// <summary>
    /// Freezes the container's cgroup, sends SIGKILL to every process in it and thaws it, so every process dies at
    /// one instant. Null, with <paramref name="whyNot"/>, when its processes cannot be reached from here; the
    /// caller then goes through the engine.
    /// </summary>
    /// <param name="containerId">The container's full id, which its cgroup's path must name.</param>
    /// <param name="pid">
    /// Its main process as inspect reports it (<c>State.Pid</c>), the way to its cgroup; 0 to look only where Docker
    /// names a container's cgroup after its id, which spares the round trip to the engine.
    /// </param>
    ProcessKill? KillAll(string containerId, int pid, out string whyNot);
}
