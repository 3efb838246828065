namespace ChaosBench.Engine.Cleanup;

/// <summary>
/// Runs left up on purpose (<c>--keep-on-failure</c>): their owner has exited, yet the start-up sweep must leave
/// them for the user to inspect. Listed one run id a line in <c>~/.local/state/chaosbench/kept-runs</c>;
/// <c>chaosbench clean</c> removes them and empties the list.
/// </summary>
public sealed class KeptRuns(string file)
{
    private static readonly Lock Gate = new();

    /// <summary>The list under <c>CHAOSBENCH_STATE</c>, else <c>XDG_STATE_HOME/chaosbench</c>, else <c>~/.local/state/chaosbench</c>.</summary>
    public static KeptRuns Default { get; } = new(Path.Combine(StateDirectory.Path, "kept-runs"));

    public IReadOnlySet<string> All
    {
        get
        {
            lock (Gate)
            {
                return File.Exists(file) ? File.ReadAllLines(file).Where(l => l.Length > 0).ToHashSet() : [];
            }
        }
    }

    public void Add(string runId)
    {
        lock (Gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.AppendAllLines(file, [runId]);
        }
    }

    public void Clear()
    {
        lock (Gate)
        {
            File.Delete(file);
        }
    }
}
