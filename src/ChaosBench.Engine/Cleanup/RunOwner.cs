using System.Globalization;

namespace ChaosBench.Engine.Cleanup;

/// <summary>A harness process, identified as <c>pid@host</c> plus its start time.</summary>
public sealed record RunOwner(int Pid, string Host, long StartTicks)
{
    /// <summary>The running harness process.</summary>
    public static RunOwner Current { get; } = Of(Environment.ProcessId)!;

    /// <summary>The process <paramref name="pid"/> on this host; null when there is none.</summary>
    public static RunOwner? Of(int pid) =>
        StartTicksOf(pid) is { } ticks ? new RunOwner(pid, Environment.MachineName, ticks) : null;

    /// <summary>The label value, <c>pid@host</c>.</summary>
    public string Id => $"{Pid}@{Host}";

    /// <summary>Reads an owner back from an object's labels; null when they are missing or malformed.</summary>
    public static RunOwner? FromLabels(IReadOnlyDictionary<string, string> labels)
    {
        if (!labels.TryGetValue(RunLabels.Owner, out var id))
        {
            return null;
        }

        var at = id.IndexOf('@');
        if (at <= 0 || !int.TryParse(id[..at], CultureInfo.InvariantCulture, out var pid))
        {
            return null;
        }

        labels.TryGetValue(RunLabels.OwnerStart, out var start);
        return new RunOwner(pid, id[(at + 1)..], long.TryParse(start, CultureInfo.InvariantCulture, out var ticks) ? ticks : 0);
    }

    /// <summary>
    /// True when this owner certainly no longer runs: same host, and no process with that pid and start time.
    /// Owners on other hosts are presumed alive; their objects are theirs to clean.
    /// </summary>
    public bool IsGone()
    {
        if (Host != Environment.MachineName)
        {
            return false;
        }

        var ticks = StartTicksOf(Pid);
        return ticks is null || (StartTicks != 0 && ticks != StartTicks);
    }

    /// <summary>Field 22 of <c>/proc/PID/stat</c>: the process start time; null when there is no such process.</summary>
    private static long? StartTicksOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");

            // The command name (field 2) may hold spaces and parentheses; fields after it are plain.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[19], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
