namespace ChaosBench.Engine.Cleanup;

/// <summary>Where the harness keeps what must outlive one process: kept runs, power-loss mount points.</summary>
public static class StateDirectory
{
    /// <summary><c>CHAOSBENCH_STATE</c>, else <c>XDG_STATE_HOME/chaosbench</c>, else <c>~/.local/state/chaosbench</c>.</summary>
    public static string Path =>
        Environment.GetEnvironmentVariable("CHAOSBENCH_STATE") is { Length: > 0 } state ? state
        : System.IO.Path.Combine(
            Environment.GetEnvironmentVariable("XDG_STATE_HOME") is { Length: > 0 } xdg ? xdg : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state"),
            "chaosbench");
}
