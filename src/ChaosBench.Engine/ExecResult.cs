namespace ChaosBench.Engine;

/// <summary>The outcome of a command run inside a container.</summary>
public sealed record ExecResult(long ExitCode, string Stdout, string Stderr)
{
    public bool Succeeded => ExitCode == 0;
}
