using System.Globalization;

namespace ChaosBench.Engine.Cleanup;

/// <summary>
/// A harness process: <c>pid@host</c> (the full host name), its start time and the boot it runs in. An earlier boot of
/// the same host counts as dead: every process of that boot ended with it, and a pid with the same start time in
/// this boot is another process. Hosts sharing one engine must therefore have distinct full host names.
/// </summary>
public sealed record RunOwner(int Pid, string Host, long StartTicks, string BootId = "")
{
    /// <summary>The running harness process.</summary>
    public static RunOwner Current { get; } = Of(Environment.ProcessId)!;

    /// <summary>The process <paramref name="pid"/> on this host, in this boot; null when there is none.</summary>
    public static RunOwner? Of(int pid) =>
        StartTicksOf(pid) is { } ticks ? new RunOwner(pid, HostIdentity.Local.Host, ticks, HostIdentity.Local.BootId) : null;

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
        labels.TryGetValue(RunLabels.OwnerBoot, out var boot);
        return new RunOwner(pid, id[(at + 1)..], long.TryParse(start, CultureInfo.InvariantCulture, out var ticks) ? ticks : 0, boot ?? string.Empty);
    }

    /// <summary>Whether this owner runs, seen from <paramref name="here"/> (default: this host and boot).</summary>
    /// <param name="startTicksOf">A pid's start time on this host, null when no such process (default: <c>/proc</c>).</param>
    public OwnerState StateFrom(HostIdentity? here = null, Func<int, long?>? startTicksOf = null)
    {
        here ??= HostIdentity.Local;
        if (!IsHere(here))
        {
            return OwnerState.Elsewhere;
        }

        if (BootId.Length > 0 && here.BootId.Length > 0 && BootId != here.BootId)
        {
            return OwnerState.Dead;
        }

        var ticks = (startTicksOf ?? StartTicksOf)(Pid);
        return ticks is null || (StartTicks != 0 && ticks != StartTicks) ? OwnerState.Dead : OwnerState.Alive;
    }

    /// <summary>True when this owner certainly no longer runs; owners on other hosts are presumed alive.</summary>
    public bool IsGone() => StateFrom() == OwnerState.Dead;

    /// <summary>
    /// The same host: the same full name; an owner labelled before boot ids were (no boot label) named its host as
    /// <see cref="Environment.MachineName"/> did, cut at the first dot.
    /// </summary>
    private bool IsHere(HostIdentity here) =>
        Host == here.Host || (BootId.Length == 0 && Host == here.Host.Split('.')[0]);

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
