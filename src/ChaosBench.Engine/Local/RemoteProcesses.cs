namespace ChaosBench.Engine.Local;

/// <summary>No processes to reach: the engine runs elsewhere, so every signal goes through its API.</summary>
internal sealed class RemoteProcesses(string why) : IProcessSignals
{
    public string? Unreachable => why;

    public ProcessKill? KillAll(string containerId, int pid, out string whyNot)
    {
        whyNot = why;
        return null;
    }
}
