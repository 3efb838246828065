using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace ChaosBench.Engine.Local;

/// <summary>A SIGKILL delivered to every process of a container through the kernel; tells when they are all dead.</summary>
public sealed class ProcessKill : IDisposable
{
    private static readonly TimeSpan QuickWait = TimeSpan.FromMilliseconds(50);

    private readonly List<(int Pid, int Fd)> _pending;
    private readonly string _procRoot;

    /// <param name="watched">The processes whose end is the container's, each with its pidfd (-1: looked for in the process table).</param>
    internal ProcessKill(string via, IReadOnlyList<int> pids, IReadOnlyList<(int Pid, int Fd)> watched, bool atOnce, string procRoot)
    {
        Via = via;
        Pids = pids;
        AtOnce = atOnce;
        _procRoot = procRoot;
        _pending = [.. watched];
    }

    /// <summary>How the signal went, e.g. <c>its PID namespace's init</c> or <c>cgroup v1 freezer</c>.</summary>
    public string Via { get; }

    /// <summary>The container's processes the signal reached, through their namespace's init or one by one.</summary>
    public IReadOnlyList<int> Pids { get; }

    /// <summary>Whether the cgroup was frozen when the signals went out, so that every process died at one instant.</summary>
    public bool AtOnce { get; }

    /// <summary>Waits until every signalled process is gone from the process table or a zombie; false after <paramref name="limit"/>.</summary>
    public Task<bool> WaitDeadAsync(TimeSpan limit, CancellationToken ct = default)
    {
        // Most kills are over within milliseconds: waited for on this thread, without a hop to another one.
        var quick = limit < QuickWait ? limit : QuickWait;
        return WaitDead(quick, ct) ? Task.FromResult(true) : Task.Run(() => WaitDead(limit - quick, ct), ct);
    }

    public void Dispose()
    {
        foreach (var (_, fd) in _pending.Where(p => p.Fd >= 0))
        {
            _ = Kernel.Close(fd);
        }

        _pending.Clear();
    }

    /// <summary>A descriptor readable once <paramref name="pid"/> exits, or -1: then its <c>/proc</c> entry is watched.</summary>
    internal static int Watch(int pid)
    {
        try
        {
            return Kernel.PidfdOpen(pid, 0);
        }
        catch (EntryPointNotFoundException)
        {
            return -1;
        }
    }

    private bool WaitDead(TimeSpan limit, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            _pending.RemoveAll(p => p.Fd < 0 && Dead(p.Pid));
            var fds = _pending.Where(p => p.Fd >= 0).Select(p => new Kernel.PollFd { Fd = p.Fd, Events = Kernel.PollIn }).ToArray();
            if (_pending.Count == 0)
            {
                return true;
            }

            if (clock.Elapsed > limit)
            {
                return false;
            }

            ct.ThrowIfCancellationRequested();

            // Blocks until one of them exits; a process watched through /proc is looked at again every millisecond.
            // The array is marshalled, not pinned in a fixed block: coverlet's instrumentation makes such a block invalid IL.
            var timeout = fds.Length < _pending.Count ? 1 : 20;
            if (Kernel.Poll(fds, (nuint)fds.Length, timeout) < 0 && Marshal.GetLastPInvokeError() != 4)
            {
                throw new IOException($"poll failed with errno {Marshal.GetLastPInvokeError()}");
            }

            foreach (var ready in fds.Where(f => (f.REvents & Kernel.PollIn) != 0))
            {
                _ = Kernel.Close(ready.Fd);
                _pending.RemoveAll(p => p.Fd == ready.Fd);
            }
        }
    }

    /// <summary>Gone from the process table, or a zombie (state Z or X) waiting to be reaped.</summary>
    private bool Dead(int pid)
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(_procRoot, pid.ToString(CultureInfo.InvariantCulture), "stat"));
            var state = stat[(stat.LastIndexOf(')') + 2)..].TrimStart();
            return state.StartsWith('Z') || state.StartsWith('X');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }
}
